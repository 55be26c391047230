package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.Storage;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.state.ActionChain;

/**
 * The model-based property: random sequences of intakes, updates, stale updates, lookups and paged
 * queries agree with a simple in-memory model, step by step. A jqwik property (jqwik runs it, not
 * JUnit Jupiter), so it needs a fresh storage per try rather than per test; a storage that cannot be
 * created because its database is unreachable skips the property ({@link SkipWhenStorageUnavailable}).
 */
public interface StoreModelContract {

    /**
     * A new storage holding nothing, for one try of the property.
     *
     * @return the storage
     */
    Storage freshStorage();

    /**
     * Releases a storage {@link #freshStorage()} made, after its try. Does nothing by default.
     *
     * @param storage the storage
     */
    default void discardStorage(Storage storage) {
    }

    /**
     * Runs one random sequence against the store and the model, checking after every step that they agree.
     *
     * @param chain the sequence
     */
    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(SkipWhenStorageUnavailable.class)
    @Label("the store agrees with a simple model over random sequences of saves, updates and queries")
    default void storeAgreesWithModel(@ForAll("modelChains") ActionChain<StoreModel> chain) {
        StoreModel end = chain.withInvariant("store equals model", StoreModel::checkEverything).run();
        discardStorage(end.storage());
    }

    /**
     * The random sequences, each on a fresh storage.
     *
     * @return the sequences
     */
    @Provide
    default Arbitrary<ActionChain<StoreModel>> modelChains() {
        return StoreModel.chains(this::freshStorage);
    }
}

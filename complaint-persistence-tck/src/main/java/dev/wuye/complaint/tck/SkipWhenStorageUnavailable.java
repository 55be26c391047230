package dev.wuye.complaint.tck;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * Skips the kit's jqwik property when {@link StoreModelContract#freshStorage()} (in the kit,
 * {@code StorageCompatibilityKit.createStorage()}) aborts with an assumption (a database that is not
 * there), as JUnit does for the kit's tests. jqwik would otherwise
 * report an assumption failing before the first try as an error. Any other exception does not skip: the
 * property then runs and fails with it.
 */
public final class SkipWhenStorageUnavailable implements SkipExecutionHook {

    /** Created by jqwik. */
    public SkipWhenStorageUnavailable() {
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        Class<?> container = context.optionalContainerClass().orElse(null);
        if (container == null || !StoreModelContract.class.isAssignableFrom(container)) {
            return SkipResult.doNotSkip();
        }
        StoreModelContract contract = (StoreModelContract) context.newInstance(container);
        try {
            contract.discardStorage(contract.freshStorage());
            return SkipResult.doNotSkip();
        } catch (TestAbortedException e) {
            return SkipResult.skip(e.getMessage());
        } catch (RuntimeException e) {
            return SkipResult.doNotSkip();
        }
    }
}

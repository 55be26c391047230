/**
 * The case aggregate (案件): {@link dev.wuye.complaint.cases.Case}, its id, value records, the
 * enums of the procedure's vocabulary and the sealed {@link dev.wuye.complaint.cases.CaseEvent}.
 *
 * <p>The aggregate is immutable: every behaviour method returns an
 * {@link dev.wuye.complaint.cases.Outcome} — the changed case and its event, or a refusal
 * naming the rule (a {@link dev.wuye.complaint.Rejection} with a bundle key) — and never throws for a
 * rule violation. It asks the {@link dev.wuye.complaint.lifecycle.LifecycleEngine} what a trigger does.
 *
 * <p>Its state is typed — enums, the intake data as recorded, the classification, the
 * {@link dev.wuye.complaint.cases.HandlingCycle}s changed through copy-with methods — and is mapped
 * to and from the SPI's {@link dev.wuye.complaint.spi.CaseSnapshot} in one package-private place,
 * which checks every stored code. {@code Case} is declared in three files, one concern each: reading
 * and the mechanics of change, the handling behaviours, and intake, classification and follow-up.
 */
package dev.wuye.complaint.cases;

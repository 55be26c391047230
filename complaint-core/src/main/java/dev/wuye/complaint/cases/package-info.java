/**
 * The complaint aggregate (客户意见): {@link dev.wuye.complaint.cases.Case}, its id, value
 * records, the enums of the procedure's vocabulary and the sealed
 * {@link dev.wuye.complaint.cases.CaseEvent}.
 *
 * <p>The aggregate is immutable: every behaviour method returns an
 * {@link dev.wuye.complaint.cases.Outcome} — the changed case and its event, or a refusal
 * naming the rule — and never throws for a rule violation. It asks the
 * {@link dev.wuye.complaint.lifecycle.LifecycleEngine} what a trigger does and maps itself to and
 * from the SPI's {@link dev.wuye.complaint.spi.CaseSnapshot}.
 */
package dev.wuye.complaint.cases;

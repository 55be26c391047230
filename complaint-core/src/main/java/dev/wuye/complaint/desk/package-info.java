/**
 * The facade a host calls: {@link dev.wuye.complaint.desk.ComplaintDesk}, its command records and
 * its {@link dev.wuye.complaint.desk.CommandResult}.
 *
 * <p>Per command: validate the record once (Jakarta Validation, messages in Chinese and English) →
 * load the case through the persistence SPI → check authority → let the aggregate act → save with
 * the expected version and one audit entry → publish the event. Nothing is stored for a rejected or
 * invalid command.
 */
package dev.wuye.complaint.desk;

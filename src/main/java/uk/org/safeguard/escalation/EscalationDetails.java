package uk.org.safeguard.escalation;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What an escalation tells the manager who gets it (SPEC section 8, issue 19): which task
 * was missed, when it was due, how late it is and who holds it — as task-local text a
 * person reads on the form and in the Tasklist list, not the task's internal key.
 */
final class EscalationDetails {

	/** The missed task's name, e.g. "Review investigation". */
	static final String TASK_NAME = "escalatedTaskName";

	/** When it was due, e.g. "Fri 22/01/2027 11:00" (London). */
	static final String DUE = "escalatedTaskDue";

	/** How late it was when this escalation was made, e.g. "2 days 3 hours". */
	static final String LATENESS = "escalatedTaskLateness";

	/** Who holds it: a person, or the teams it is offered to. */
	static final String HOLDER = "escalatedTaskHolder";

	private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy HH:mm", Locale.UK)
		.withZone(java.time.ZoneId.of("Europe/London"));

	private EscalationDetails() {
	}

	static void describe(DelegateTask escalation, String overdueTaskKey, String overdueTaskName) {
		escalation.setVariableLocal(TASK_NAME, overdueTaskName);
		TaskEntity missed = missedTask(escalation.getProcessInstanceId(), overdueTaskKey);
		if (missed == null) {
			return;
		}
		Date due = missed.getDueDate();
		if (due != null) {
			escalation.setVariableLocal(DUE, UK.format(due.toInstant()));
			escalation.setVariableLocal(LATENESS,
					lateness(Duration.between(due.toInstant(), ClockUtil.getCurrentTime().toInstant())));
		}
		escalation.setVariableLocal(HOLDER, holder(missed));
	}

	/**
	 * The open task of that key in the case (the latest, if a loop left more than one).
	 */
	private static TaskEntity missedTask(String processInstanceId, String taskKey) {
		return Context.getCommandContext()
			.getTaskManager()
			.findTasksByProcessInstanceId(processInstanceId)
			.stream()
			.filter(t -> taskKey.equals(t.getTaskDefinitionKey()))
			.max(Comparator.comparing(TaskEntity::getCreateTime))
			.orElse(null);
	}

	private static String holder(TaskEntity task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : task.getCandidates()) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				// The names people use, without a query per group (issue 18: this ran for
				// every escalation of a storm)
				groups.add(uk.org.safeguard.identity.SafeguardGroups.NAMES.getOrDefault(link.getGroupId(),
						link.getGroupId()));
			}
		}
		return groups.isEmpty() ? "nobody" : "not claimed — offered to " + String.join(", ", groups);
	}

	static String lateness(Duration late) {
		if (late.isNegative() || late.toMinutes() < 1) {
			return "just now";
		}
		long days = late.toDays();
		long hours = late.toHoursPart();
		long minutes = late.toMinutesPart();
		if (days > 0) {
			return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
		}
		if (hours > 0) {
			return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
		}
		return plural(minutes, "minute");
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + (n == 1 ? "" : "s");
	}

}

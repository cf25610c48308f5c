package uk.org.safeguard.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import uk.org.safeguard.support.SharedVariables;

/**
 * The children waiting longest on overdue work, for the managers' view (issue 19: charts
 * counted tasks, not children). Read through the engine as the caller, so a manager sees
 * the children of the tasks their own groups may see — their teams' work and the
 * escalations that chase it — and nobody else's (SPEC section 7); a process owner, who
 * reads no case data, sees none.
 */
@Service
public class ChildrenWaiting {

	/** The most overdue tasks looked at: a manager's view, not an export. */
	static final int MAX_TASKS = 200;

	static final int MAX_CHILDREN = 15;

	/** One child: how many overdue tasks, the longest in days, and which task that is. */
	public record Child(String childId, String childName, int overdueTasks, double longestDaysOverdue,
			String longestOverdueTask) {
	}

	private final TaskService tasks;

	ChildrenWaiting(TaskService tasks) {
		this.tasks = tasks;
	}

	public List<Child> longestWaiting() {
		Date now = ClockUtil.getCurrentTime();
		Map<String, List<Task>> byChild = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Task task : tasks.createTaskQuery().dueBefore(now).orderByDueDate().asc().listPage(0, MAX_TASKS)) {
			Map<String, Object> variables = tasks.getVariables(task.getId(),
					List.of(SharedVariables.CHILD_ID, SharedVariables.CHILD_NAME));
			if (variables.get(SharedVariables.CHILD_ID) instanceof String childId && !childId.isBlank()) {
				byChild.computeIfAbsent(childId, id -> new ArrayList<>()).add(task);
				if (variables.get(SharedVariables.CHILD_NAME) instanceof String name) {
					names.putIfAbsent(childId, name);
				}
			}
		}
		List<Child> children = new ArrayList<>();
		byChild.forEach((childId, overdue) -> {
			Task longest = overdue.get(0); // ordered by due date
			double days = (now.getTime() - longest.getDueDate().getTime()) / 86_400_000.0;
			children.add(new Child(childId, names.get(childId), overdue.size(), Math.round(days * 10) / 10.0,
					longest.getName()));
		});
		children.sort(Comparator.comparingDouble(Child::longestDaysOverdue).reversed());
		return children.size() > MAX_CHILDREN ? children.subList(0, MAX_CHILDREN) : children;
	}

}

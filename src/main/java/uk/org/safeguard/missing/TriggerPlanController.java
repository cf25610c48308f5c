package uk.org.safeguard.missing;

import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguard.identity.ApiAccess;
import uk.org.safeguard.identity.SafeguardGroups;
import uk.org.safeguard.missing.TriggerPlans.TriggerPlan;

/**
 * {@code /api/children/{childId}/trigger-plan}: read and written by police and children's
 * social care (the inspection found trigger plans officers could not reach); 403 for
 * everyone else.
 */
@RestController
class TriggerPlanController {

	private final TriggerPlans plans;

	private final ApiAccess access;

	TriggerPlanController(TriggerPlans plans, ApiAccess access) {
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/api/children/{childId}/trigger-plan")
	TriggerPlan get(@PathVariable String childId) {
		authorize();
		requireChildId(childId);
		return plans.find(childId)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No trigger plan for child " + childId));
	}

	@PutMapping("/api/children/{childId}/trigger-plan")
	TriggerPlan put(@PathVariable String childId, @RequestBody(required = false) Map<String, Object> body) {
		String user = authorize();
		requireChildId(childId);
		Object plan = body == null ? null : body.get("plan");
		if (!(plan instanceof String text) || text.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "plan is required (non-blank text)");
		}
		if (text.length() > 20000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "plan must be at most 20000 characters");
		}
		return plans.save(childId, text, user, ClockUtil.getCurrentTime().toInstant());
	}

	/**
	 * Child ids are at most 100 characters (the trigger-plan table's key); longer is bad
	 * input, not a 500.
	 */
	private static void requireChildId(String childId) {
		if (childId == null || childId.isBlank() || childId.length() > 100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "childId must be 1 to 100 characters");
		}
	}

	private String authorize() {
		return access.requireAnyGroup(
				g -> SafeguardGroups.POLICE.contains(g) || SafeguardGroups.CHILDRENS_SOCIAL_CARE.contains(g)
						|| SafeguardGroups.ADMIN.equals(g),
				"Trigger plans are for police and children's social care only");
	}

}

package uk.org.safeguard.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/children/{childId}/timeline}: a child's cases as far as the caller may
 * see them.
 */
@RestController
@Tag(name = "Children", description = "A child's cases across every process, as far as the caller may read")
class ChildTimelineController {

	private final ChildTimeline timeline;

	ChildTimelineController(ChildTimeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/api/children")
	@Operation(summary = "Children whose name contains the text, among the cases you may read (at most 20)")
	java.util.List<ChildTimeline.Child> find(@org.springframework.web.bind.annotation.RequestParam String name) {
		if (name == null || name.strip().length() < 2 || name.length() > 100) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST, "name must be 2 to 100 characters");
		}
		return timeline.findByName(name);
	}

	@GetMapping("/api/children/{childId}/timeline")
	@Operation(summary = "Every case touching the child, oldest first, with each task's deadline kept or missed")
	ChildTimeline.Timeline timeline(@PathVariable String childId) {
		return timeline.of(childId);
	}

}

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

	@GetMapping("/api/children/{childId}/timeline")
	@Operation(summary = "Every case touching the child, oldest first, with each task's deadline kept or missed")
	ChildTimeline.Timeline timeline(@PathVariable String childId) {
		return timeline.of(childId);
	}

}

package uk.org.safeguard.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person reads when the Tasklist refuses a form (issue 19, SPEC section 7). */
class InvalidInputExceptionTests {

	@Test
	void shouldNameTheFieldByItsLabelNotItsVariable() {
		InvalidInputException invalid = new InvalidInputException(List.of("familyConsent is required (true or false)"),
				Map.of("familyConsent", "Has the family agreed to the support?"));

		assertThat(invalid.rethrown(true).getMessage())
			.isEqualTo("Please correct: Has the family agreed to the support?: is required (true or false)");
		assertThat(invalid.rethrown(false).getMessage()).contains("familyConsent");
	}

	@Test
	void shouldNeverLetWhatSomeoneTypedBecomeMarkupInTheTasklist() {
		InvalidInputException invalid = new InvalidInputException(
				List.of("actionOutcome must be one of DONE, NOT_POSSIBLE but was '<img src=x onerror=alert(1)>'"),
				Map.of());

		assertThat(invalid.rethrown(true).getMessage()).doesNotContain("<img")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
	}

}

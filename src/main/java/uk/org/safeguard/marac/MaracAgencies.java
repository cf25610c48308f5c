package uk.org.safeguard.marac;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The agencies that research each case, as {@code ${maracAgencies.researching()}} in the
 * model.
 */
@uk.org.safeguard.support.ModelBean
@Component("maracAgencies")
public class MaracAgencies {

	public List<String> researching() {
		return MaracCaseProcess.RESEARCHING_AGENCIES;
	}

}

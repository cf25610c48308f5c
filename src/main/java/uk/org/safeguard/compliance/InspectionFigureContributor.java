package uk.org.safeguard.compliance;

import java.time.Instant;
import java.util.Map;

/**
 * One process's share of the inspection's figures (docs/inspection-figures.md), the way
 * {@code InputRules} gives each process its own validation: every process package that
 * has figures declares one of these as a bean, and {@link InspectionFiguresService}
 * gathers them.
 */
public interface InspectionFigureContributor {

	/** Where this process's figures appear among the others (lower first). */
	int order();

	/**
	 * Adds this process's figures for cases whose defining moment falls in
	 * {@code [from, to)}.
	 */
	void contribute(Map<String, Object> figures, Instant from, Instant to, FigureSources sources);

}

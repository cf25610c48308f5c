package uk.org.safeguard.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.assessment.ChildAndFamilyAssessmentProcess;
import uk.org.safeguard.custody.ChildInCustodyProcess;
import uk.org.safeguard.policeprotection.PoliceProtectionProcess;
import uk.org.safeguard.referral.ChildReferralProcess;
import uk.org.safeguard.section47.Section47EnquiryProcess;
import uk.org.safeguard.strategy.StrategyDiscussionProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/timescales.md lists every timescale of the product. It is generated from the three
 * places timescales live — the comments of {@code safeguard.timescales.*} in
 * application.yml, the statutory limits written in code, and the DMN tables — and this
 * test fails when the document and those places differ. Regenerate with
 * {@code ./mvnw test -Dtest=TimescalesDocumentTests -Dtimescales.write=true}.
 */
class TimescalesDocumentTests {

	private static final Path DOCUMENT = Path.of("docs/timescales.md");

	private static final String START = "<!-- generated:start -->";

	private static final String END = "<!-- generated:end -->";

	private static final Pattern SECTION = Pattern.compile("^    ([a-z0-9-]+):\\s*(#.*)?$");

	private static final Pattern ENTRY = Pattern
		.compile("^      ([a-z0-9-]+): \"?([^\"#\\s]+)\"?\\s*# (.+?) \\| (.+?) \\| (.+)$");

	@Test
	void shouldMatchTheConfigurationTheCodeAndTheDecisionTables() throws IOException {
		String generated = generate();
		String document = Files.readString(DOCUMENT);
		int start = document.indexOf(START);
		int end = document.indexOf(END);
		String expected = document.substring(0, start + START.length()) + "\n" + generated + document.substring(end);
		if (Boolean.getBoolean("timescales.write")) {
			Files.writeString(DOCUMENT, expected);
		}
		assertThat(document)
			.as("docs/timescales.md is stale: regenerate it with "
					+ "./mvnw test -Dtest=TimescalesDocumentTests -Dtimescales.write=true")
			.isEqualTo(expected);
	}

	@Test
	void shouldDescribeEveryConfiguredTimescale() throws IOException {
		// A timescale without its "what | from | source" comment would be left out
		// silently.
		List<String> undocumented = new ArrayList<>();
		boolean inTimescales = false;
		for (String line : Files.readAllLines(Path.of("src/main/resources/application.yml"))) {
			if (line.startsWith("  timescales:")) {
				inTimescales = true;
				continue;
			}
			if (inTimescales && !line.startsWith("    ") && !line.isBlank()) {
				break;
			}
			if (inTimescales && line.startsWith("      ") && !ENTRY.matcher(line).matches()) {
				undocumented.add(line.strip());
			}
		}
		assertThat(undocumented).isEmpty();
	}

	static String generate() throws IOException {
		StringBuilder out = new StringBuilder();
		out.append("\n## Configured (`safeguard.timescales.*` in `application.yml`)\n\n");
		out.append("| process | what | value | counted from | days | configured as | source |\n");
		out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		String section = null;
		boolean inTimescales = false;
		for (String line : Files.readAllLines(Path.of("src/main/resources/application.yml"))) {
			if (line.startsWith("  timescales:")) {
				inTimescales = true;
				continue;
			}
			if (!inTimescales) {
				continue;
			}
			if (!line.startsWith("    ") && !line.isBlank()) {
				break;
			}
			Matcher s = SECTION.matcher(line);
			if (s.matches()) {
				section = s.group(1);
				continue;
			}
			Matcher e = ENTRY.matcher(line);
			if (e.matches()) {
				String key = e.group(1);
				String value = e.group(2);
				out.append(row(section, e.group(3), readable(key, value), e.group(4), days(key, value),
						"`safeguard.timescales." + section + "." + key + "`", e.group(5)));
			}
		}
		out.append("\n## Set by law or statutory guidance (in code, not configurable)\n\n");
		out.append("| process | what | value | counted from | days | where | source |\n");
		out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		out.append(row("referral", "MASH decision", ChildReferralProcess.MASH_DECISION_WORKING_DAYS + " working day",
				"sentToMashAt", "working", "`ChildReferralProcess.MASH_DECISION_WORKING_DAYS`",
				"Working Together 2023"));
		out.append(row("strategy", "strategy discussion convened (standard)",
				StrategyDiscussionProcess.STANDARD_CONVENE_WORKING_DAYS + " working day", "the discussion requested",
				"working", "`StrategyDiscussionProcess.STANDARD_CONVENE_WORKING_DAYS`", "local procedures"));
		out.append(row("section47", "child seen", Section47EnquiryProcess.SEE_CHILD_WORKING_DAYS + " working day",
				"the strategy discussion", "working", "`Section47EnquiryProcess.SEE_CHILD_WORKING_DAYS`",
				"Working Together 2023"));
		out.append(row("section47", "initial child protection conference",
				Section47EnquiryProcess.CONFERENCE_WORKING_DAYS + " working days", "the strategy discussion", "working",
				"`Section47EnquiryProcess.CONFERENCE_WORKING_DAYS`", "Working Together 2023"));
		out.append(row("assessment", "child and family assessment completed",
				ChildAndFamilyAssessmentProcess.STATUTORY_WORKING_DAYS + " working days", "referralReceivedAt",
				"working", "`ChildAndFamilyAssessmentProcess.STATUTORY_WORKING_DAYS`", "Working Together 2023"));
		out.append(row("police-protection", "police protection at most",
				readable("x", PoliceProtectionProcess.LEGAL_MAXIMUM.toString()), "protectedAt", "calendar",
				"`PoliceProtectionProcess.LEGAL_MAXIMUM`", "Children Act 1989 s.46(6)"));
		out.append(row("custody", "detention without charge",
				readable("x", ChildInCustodyProcess.MAXIMUM_UNEXTENDED.toString()), "relevantTime", "calendar",
				"`ChildInCustodyProcess.MAXIMUM_UNEXTENDED`", "PACE s.41"));
		out.append(row("custody", "detention without charge, extended by a superintendent, at most",
				readable("x", ChildInCustodyProcess.MAXIMUM_EXTENDED.toString()), "relevantTime", "calendar",
				"`ChildInCustodyProcess.MAXIMUM_EXTENDED`", "PACE s.42"));
		out.append("\n## Decided by the process owners' tables (DMN in `bpmn/`)\n\n");
		for (String table : List.of("MissingReviewIntervalDecision", "RsoVisitFrequencyDecision",
				"SupervisionRankDecision")) {
			out.append(decisionTable(Dmn.readModelFromFile(Path.of("bpmn", table + ".dmn").toFile())));
		}
		return out.toString();
	}

	private static String decisionTable(DmnModelInstance model) {
		StringBuilder out = new StringBuilder();
		Decision decision = model.getModelElementsByType(Decision.class).iterator().next();
		DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
		out.append("`").append(decision.getId()).append("` — ").append(decision.getName()).append("\n\n|");
		List<Input> inputs = new ArrayList<>(table.getInputs());
		List<Output> outputs = new ArrayList<>(table.getOutputs());
		inputs.forEach(i -> out.append(" ").append(i.getLabel()).append(" |"));
		outputs.forEach(o -> out.append(" ").append(o.getLabel()).append(" |"));
		out.append("\n|");
		out.append(" --- |".repeat(inputs.size() + outputs.size())).append("\n");
		for (Rule rule : table.getRules()) {
			out.append("|");
			for (InputEntry entry : rule.getInputEntries()) {
				out.append(" ").append(cell(entry.getTextContent())).append(" |");
			}
			for (OutputEntry entry : rule.getOutputEntries()) {
				out.append(" ").append(cell(entry.getTextContent())).append(" |");
			}
			out.append("\n");
		}
		return out.append("\n").toString();
	}

	private static String cell(String text) {
		String value = text.strip().replace("\"", "");
		if (value.isEmpty()) {
			return "any";
		}
		return value.startsWith("P") ? readable("x", value) : value.replace("|", "\\|");
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	private static String days(String key, String value) {
		if (key.endsWith("working-days")) {
			return "working";
		}
		return key.endsWith("-time") ? "school days" : "calendar";
	}

	/** ISO-8601 durations and periods as people write them: "24 hours", "6 weeks". */
	static String readable(String key, String value) {
		if (key.endsWith("working-days")) {
			return value + " working days";
		}
		if (value.startsWith("PT")) {
			Duration d = Duration.parse(value);
			if (d.toMinutes() % 60 != 0) {
				return plural(d.toMinutes(), "minute");
			}
			return plural(d.toHours(), "hour");
		}
		if (value.startsWith("P")) {
			Matcher weeks = Pattern.compile("P(\\d+)W").matcher(value);
			if (weeks.matches()) {
				return plural(Long.parseLong(weeks.group(1)), "week");
			}
			Period p = Period.parse(value);
			if (p.getYears() > 0) {
				return plural(p.getYears(), "year");
			}
			if (p.getMonths() > 0) {
				return plural(p.getMonths(), "month");
			}
			return plural(p.getDays(), "day");
		}
		return value;
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + (n == 1 ? "" : "s");
	}

}

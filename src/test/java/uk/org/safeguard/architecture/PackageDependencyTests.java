package uk.org.safeguard.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages depend on each other in one direction only: no two packages reach
 * each other, directly or round a loop. Read from the sources, so a new dependency fails
 * here before it tangles.
 */
class PackageDependencyTests {

	private static final Path SOURCES = Path.of("src/main/java/uk/org/safeguard");

	private static final Pattern REFERENCE = Pattern.compile("uk\\.org\\.safeguard\\.([a-z0-9]+)\\.[A-Z]");

	static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> graph = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path folder = SOURCES.relativize(file.getParent());
				String pkg = folder.toString().isEmpty() ? "(root)" : folder.toString().replace('/', '.');
				Matcher m = REFERENCE.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group(1).equals(pkg)) {
						graph.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
					}
				}
			}
		}
		return graph;
	}

	@Test
	void shouldHaveNoCycleBetweenPackages() throws IOException {
		Map<String, Set<String>> graph = dependencies();
		List<String> cycles = new ArrayList<>();
		graph.forEach((from, targets) -> targets.forEach(to -> {
			if (reaches(graph, to, from, new HashSet<>())) {
				cycles.add(from + " -> " + to + " -> … -> " + from);
			}
		}));
		assertThat(cycles).as("package cycles").isEmpty();
	}

	@Test
	void shouldKeepTheNeutralPackagesFreeOfFeatures() throws IOException {
		Map<String, Set<String>> graph = dependencies();
		assertThat(graph.getOrDefault("support", Set.of())).as("support depends on nothing of ours").isEmpty();
		assertThat(graph.getOrDefault("calendar", Set.of())).isSubsetOf(Set.of("support"));
	}

	private static boolean reaches(Map<String, Set<String>> graph, String from, String to, Set<String> seen) {
		for (String next : graph.getOrDefault(from, Set.of())) {
			if (next.equals(to) || (seen.add(next) && reaches(graph, next, to, seen))) {
				return true;
			}
		}
		return false;
	}

}

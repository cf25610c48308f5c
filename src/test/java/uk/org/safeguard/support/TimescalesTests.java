package uk.org.safeguard.support;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every process's timescales are listed in application.yml, each default written there
 * and nowhere else: each {@code *Timescales} record binds with no component missing, and
 * none carries a default in code.
 */
class TimescalesTests {

	@Test
	void shouldListEveryTimescaleOfEveryProcessInApplicationYml() throws Exception {
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/uk/org/safeguard"))) {
			sources = files.filter(f -> f.getFileName().toString().endsWith("Timescales.java"))
				.filter(f -> !f.getParent().endsWith("support"))
				.toList();
		}
		assertThat(sources).hasSizeGreaterThanOrEqualTo(8);
		for (Path source : sources) {
			String text = Files.readString(source);
			assertThat(text).as(source + " states no default of its own").doesNotContain("@DefaultValue");
			String className = Path.of("src/main/java")
				.relativize(source)
				.toString()
				.replace('/', '.')
				.replace(".java", "");
			Class<?> type = Class.forName(className);
			Object timescales = Timescales.defaults(type);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(component.getAccessor().invoke(timescales))
					.as(type.getSimpleName() + "." + component.getName())
					.isNotNull();
			}
		}
	}

}

package uk.org.safeguard.system;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

import uk.org.safeguard.support.ModelBean;

/**
 * The beans BPMN expressions may reach: those marked {@link ModelBean}, looked up when
 * first used. Given to the engine as its bean map, this replaces Camunda's default of
 * exposing every bean of the application context (the identity service, data sources, …)
 * to every deployed expression.
 */
final class ModelBeans extends AbstractMap<Object, Object> {

	private final ApplicationContext context;

	private volatile Set<String> names;

	ModelBeans(ApplicationContext context) {
		this.context = context;
	}

	private Set<String> names() {
		if (names == null) {
			names = Set.copyOf(Arrays.asList(context.getBeanNamesForAnnotation(ModelBean.class)));
		}
		return names;
	}

	@Override
	public boolean containsKey(Object key) {
		return names().contains(key);
	}

	@Override
	public Object get(Object key) {
		return containsKey(key) ? context.getBean((String) key) : null;
	}

	@Override
	public Set<Object> keySet() {
		return Set.copyOf(names());
	}

	@Override
	public Set<Entry<Object, Object>> entrySet() {
		return names().stream()
			.map(name -> new SimpleImmutableEntry<Object, Object>(name, get(name)))
			.collect(Collectors.toSet());
	}

}

package uk.org.safeguard.modelling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * SPEC section 7, "a deployment is not code": what a deployed BPMN or DMN file may make
 * the engine do. Expressions may read process variables, call Safeguard's own beans (the
 * engine exposes no others) and the {@code workingDays} calendar, pass
 * {@code execution}/{@code task} to them, and read or write variables through
 * {@code execution}/{@code task}. Everything else is refused with the element and the
 * expression: Java classes ({@code camunda:class}), scripts, connectors, functions, and
 * any method call or property that reaches other Java
 * ({@code execution.getProcessEngineServices()}, {@code x.class}, …).
 */
public final class ModelSandbox {

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{[^}]*\\}");

	/**
	 * What a model may ask of the execution or task it runs in: its variables and its own
	 * ids.
	 */
	private static final Set<String> CONTEXT_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
			"hasVariableLocal", "setVariable", "setVariableLocal", "getBusinessKey", "getProcessBusinessKey",
			"getProcessInstanceId", "getId");

	private static final Set<String> CONTEXT_PROPERTIES = Set.of("businessKey", "processBusinessKey",
			"processInstanceId", "id");

	private static final Set<String> CONTEXT_OBJECTS = Set.of("execution", "task");

	/** Engine objects that expressions must never touch directly. */
	private static final Set<String> FORBIDDEN_IDENTIFIERS = Set.of("caseExecution", "externalTask", "variableContext");

	private static final Set<String> FORBIDDEN_PROPERTIES = Set.of("class", "classLoader", "module", "declaringClass",
			"protectionDomain", "processEngine", "processEngineServices", "processEngineConfiguration", "runtime");

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptTask", "script", "connector");

	private static final Set<String> FORBIDDEN_CAMUNDA_ATTRIBUTES = Set.of("class", "resource", "variableMappingClass",
			"delegateVariableMappingClass");

	private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

	private ModelSandbox() {
	}

	/**
	 * @param xml a BPMN or DMN file
	 * @param beans the names of the beans a model may call
	 * @return one line per refused element; empty when the model runs no code of its own
	 */
	public static List<String> check(byte[] xml, Set<String> beans) {
		List<String> problems = new ArrayList<>();
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			problems.add("cannot be read as XML: " + ex.getMessage());
			return problems;
		}
		visit(document.getDocumentElement(), beans, problems);
		return problems;
	}

	private static void visit(Element element, Set<String> beans, List<String> problems) {
		String where = describe(element);
		String name = element.getLocalName();
		if (FORBIDDEN_ELEMENTS.contains(name)) {
			problems.add(where + ": " + name + " is not allowed (a deployed model may not run scripts or connectors)");
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String attributeName = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
			if (CAMUNDA_NS.equals(attribute.getNamespaceURI())
					&& FORBIDDEN_CAMUNDA_ATTRIBUTES.contains(attributeName)) {
				problems.add(where + ": camunda:" + attributeName + "=\"" + attribute.getValue()
						+ "\" is not allowed (a deployed model may not load Java classes or script files)");
			}
			else if (attributeName.equals("scriptFormat")
					|| (attributeName.equals("language") && !attribute.getValue().isBlank())) {
				problems
					.add(where + ": scripts (" + attributeName + "=\"" + attribute.getValue() + "\") are not allowed");
			}
			else if (attributeName.equals("expressionLanguage") && !isFeelOrJuel(attribute.getValue())) {
				problems.add(where + ": expression language \"" + attribute.getValue() + "\" is not allowed");
			}
			else {
				checkText(attribute.getValue(), where, beans, problems);
			}
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			org.w3c.dom.Node child = children.item(i);
			if (child instanceof Element childElement) {
				visit(childElement, beans, problems);
			}
			else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
					|| child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
				checkText(child.getNodeValue(), where, beans, problems);
			}
		}
	}

	private static boolean isFeelOrJuel(String language) {
		String l = language.toLowerCase(java.util.Locale.ROOT);
		return l.equals("juel") || l.equals("feel") || l.startsWith("https://www.omg.org/spec/dmn/")
				|| l.startsWith("http://www.omg.org/spec/feel/") || l.equals("feel-scala");
	}

	private static void checkText(String text, String where, Set<String> beans, List<String> problems) {
		if (text == null || !(text.contains("${") || text.contains("#{"))) {
			return;
		}
		Matcher matcher = EXPRESSION.matcher(text);
		while (matcher.find()) {
			String expression = matcher.group();
			String problem;
			try {
				problem = problemIn(PARSER.build(expression).getRoot(), beans, false);
			}
			catch (TreeBuilderException ex) {
				problem = "it cannot be parsed";
			}
			if (problem != null) {
				problems.add(where + ": expression " + expression + " is not allowed: " + problem);
			}
		}
	}

	/**
	 * Why the expression node reaches beyond variables and Safeguard's beans, or null
	 * when it does not.
	 */
	static String problemIn(Node node, Set<String> beans, boolean argument) {
		if (node instanceof AstFunction function) {
			return "function " + function.getName() + "() is not available to models";
		}
		if (node instanceof AstIdentifier identifier) {
			String name = identifier.getName();
			if (FORBIDDEN_IDENTIFIERS.contains(name)) {
				return name + " is not available to models";
			}
			return null;
		}
		if (node instanceof AstMethod method) {
			Node target = method.getChild(0);
			String problem = methodProblem(target, beans);
			if (problem != null) {
				return problem;
			}
			Node parameters = method.getChild(1);
			for (int i = 0; i < parameters.getCardinality(); i++) {
				String inArgument = problemIn(parameters.getChild(i), beans, true);
				if (inArgument != null) {
					return inArgument;
				}
			}
			return null;
		}
		if (node instanceof AstDot || node instanceof AstBracket) {
			String property = propertyName(node);
			if (property == null) {
				return "a computed property name cannot be checked";
			}
			if (FORBIDDEN_PROPERTIES.contains(property)) {
				return "property " + property + " reaches beyond the case's variables";
			}
			Node base = node.getChild(0);
			if (base instanceof AstIdentifier identifier && CONTEXT_OBJECTS.contains(identifier.getName())
					&& !CONTEXT_PROPERTIES.contains(property)) {
				return identifier.getName() + "." + property + " reaches beyond the case's variables";
			}
			return problemIn(base, beans, false);
		}
		for (int i = 0; i < node.getCardinality(); i++) {
			String problem = problemIn(node.getChild(i), beans, false);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static String methodProblem(Node target, Set<String> beans) {
		String method = propertyName(target);
		Node base = target.getChild(0);
		if (method == null || !(base instanceof AstIdentifier identifier)) {
			return "only Safeguard's beans may be called (" + describeCall(target) + ")";
		}
		String name = identifier.getName();
		if (beans.contains(name)) {
			return FORBIDDEN_PROPERTIES.contains(method) || method.equals("getClass")
					? "method " + method + " is not allowed" : null;
		}
		if (CONTEXT_OBJECTS.contains(name)) {
			return CONTEXT_METHODS.contains(method) ? null
					: name + "." + method + "() reaches beyond the case's variables";
		}
		return name + "." + method + "() is not a call to one of Safeguard's beans";
	}

	private static String describeCall(Node target) {
		String method = propertyName(target);
		return (method == null ? "?" : method) + "()";
	}

	private static String propertyName(Node node) {
		if (node instanceof AstDot) {
			return node.toString().substring(2);
		}
		if (node instanceof AstBracket && node.getCardinality() > 1) {
			Node property = node.getChild(1);
			if (property instanceof AstString || property instanceof AstNumber) {
				return String.valueOf(property.toString()).replaceAll("^\"|\"$|^'|'$", "");
			}
		}
		return null;
	}

	private static String describe(Element element) {
		String id = element.getAttribute("id");
		Element e = element;
		while (id.isEmpty() && e.getParentNode() instanceof Element parent) {
			e = parent;
			id = e.getAttribute("id");
		}
		return element.getLocalName() + (id.isEmpty() ? "" : " in " + id);
	}

}

package uk.org.safeguard.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that BPMN expressions may call ({@code ${rsoSchedule.plan(execution)}},
 * delegate expressions). The engine's expression resolver exposes these beans and no
 * others, and the deployment sandbox ({@code modelling.ModelSandbox}) refuses calls to
 * anything else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelBean {

}

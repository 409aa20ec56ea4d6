package org.linkage.taskdispatch.support;

import org.linkage.platform.test.WithRealStack;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One application context for every integration test, on the real broker and store. One, because
 * contexts in the same JVM would join the same consumer groups and split the partitions between
 * them; each test builds its own tree with fresh ids instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureWebTestClient
@WithRealStack(database = "task-dispatch-it")
public @interface TaskDispatchIntegrationTest {
}

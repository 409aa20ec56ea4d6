package org.linkage.platform.messaging.testapp;

import org.linkage.platform.test.WithRealStack;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One shared application context for every messaging IT, on the real broker and store. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealStack(database = "messaging")
public @interface MessagingIntegrationTest {
}

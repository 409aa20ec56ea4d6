package org.linkage.platform.messaging.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service using platform-messaging the way the real services do. */
@SpringBootApplication
public class MessagingTestApplication {
}

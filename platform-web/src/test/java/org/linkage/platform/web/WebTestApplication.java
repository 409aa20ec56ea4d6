package org.linkage.platform.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration slice tests of this module boot from. */
@SpringBootApplication
public class WebTestApplication {
}

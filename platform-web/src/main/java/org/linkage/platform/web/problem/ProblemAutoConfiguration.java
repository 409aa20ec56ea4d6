package org.linkage.platform.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the problem+json handler in every service. */
@AutoConfiguration
@Import(ProblemHandler.class)
public class ProblemAutoConfiguration {
}

package org.linkage.gateway.requestsize;

import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.stereotype.Component;

/** The body limits routes choose from. */
@Component
public class RequestSizeLimits {

    private final RequestSizeFilter standard;
    private final RequestSizeFilter orgImport;

    public RequestSizeLimits(RequestSizeProperties properties, ProblemWriter problems) {
        this.standard = new RequestSizeFilter(properties.max(), problems);
        this.orgImport = new RequestSizeFilter(properties.importMax(), problems);
    }

    public RequestSizeFilter standard() {
        return standard;
    }

    public RequestSizeFilter orgImport() {
        return orgImport;
    }
}

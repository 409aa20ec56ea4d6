package org.linkage.taskdispatch.support;

import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the task integration tests share: the API client and a fresh district planted in the
 * directory through real snapshot events.
 */
public abstract class DistrictTestSupport {

    @Autowired
    protected WebTestClient http;
    @Autowired
    protected EventPublisher publisher;
    @Autowired
    protected Outbox outbox;
    @Autowired
    protected OrgDirectory directory;
    @Autowired
    protected ReactiveMongoTemplate mongo;

    protected TaskApi api;
    protected TestTree tree;

    /** @param shape as {@link TestTree}: streets, then communities per street */
    protected void plant(int... shape) {
        api = new TaskApi(http);
        tree = new TestTree(publisher, outbox, directory, shape);
    }
}

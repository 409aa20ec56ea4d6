package org.linkage.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.platform.events.task.TaskIssued;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTests {

    static List<Class<? extends DomainEvent>> events() {
        return EventCatalog.all();
    }

    @Test
    void typeIsTheDottedNameWithItsVersion() {
        assertThat(EventCatalog.typeOf(AssignmentIssued.class)).isEqualTo("linkage.task.AssignmentIssued.v1");
        assertThat(EventCatalog.typeOf(OrgSnapshot.class)).isEqualTo("linkage.org.OrgSnapshot.v1");
        assertThat(EventCatalog.topicOf(TaskIssued.class)).isEqualTo(Topics.TASK_EVENTS);
    }

    @ParameterizedTest
    @MethodSource("events")
    void typeStringLeadsBackToItsClass(Class<? extends DomainEvent> event) {
        assertThat(EventCatalog.classOf(EventCatalog.typeOf(event))).contains(event);
    }

    @Test
    void unknownTypeIsEmptySoConsumersCanSkipIt() {
        assertThat(EventCatalog.classOf("linkage.task.AssignmentIssued.v2")).isEmpty();
        assertThat(EventCatalog.classOf("linkage.task.Unheard.v1")).isEmpty();
    }

    /** Catches an annotation copied from a sibling record and not edited. */
    @ParameterizedTest
    @MethodSource("events")
    void nameIsAreaDotClassName(Class<? extends DomainEvent> event) {
        String area = event.getPackageName().substring(event.getPackageName().lastIndexOf('.') + 1);
        assertThat(event.getAnnotation(EventType.class).name())
                .isEqualTo("linkage." + area + "." + event.getSimpleName());
    }

    @ParameterizedTest
    @MethodSource("events")
    void subjectIsTheAggregateIdInTheFirstField(Class<? extends DomainEvent> event) throws Exception {
        DomainEvent sample = (DomainEvent) SampleEvents.of(event.asSubclass(Record.class));
        Object firstField = event.getRecordComponents()[0].getAccessor().invoke(sample);
        assertThat(sample.subject()).isEqualTo(firstField);
    }

    /** Org events are keyed by district so a parent's creation precedes its children's. */
    @Test
    void everyOrgEventCarriesItsDistrict() {
        assertThat(eventsOn(Topics.ORG_EVENTS))
                .hasSizeGreaterThan(5)
                .allSatisfy(event -> assertThat(fields(event)).contains("districtId"));
    }

    /** The cascade is keyed by its root task so a task's events keep their order. */
    @Test
    void everyAssignmentEventCarriesItsRootTask() {
        assertThat(eventsOn(Topics.TASK_EVENTS))
                .filteredOn(event -> event.getSimpleName().startsWith("Assignment"))
                .hasSizeGreaterThan(10)
                .allSatisfy(event -> assertThat(fields(event)).contains("rootTaskId"));
    }

    /** A record left out of {@link AllEvents} would escape the schema guard. */
    @Test
    void everyEventRecordIsCatalogued() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        Set<String> found = Stream.of("org", "task", "appraisal", "notification")
                .flatMap(area -> scanner.findCandidateComponents("org.linkage.platform.events." + area).stream())
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toSet());

        assertThat(found).hasSizeGreaterThan(30)
                .containsExactlyInAnyOrderElementsOf(events().stream().map(Class::getName).toList());
    }

    private static List<Class<? extends DomainEvent>> eventsOn(String topic) {
        return events().stream().filter(event -> EventCatalog.topicOf(event).equals(topic)).toList();
    }

    private static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}

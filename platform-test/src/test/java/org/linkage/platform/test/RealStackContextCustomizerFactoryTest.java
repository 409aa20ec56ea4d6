package org.linkage.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RealStackContextCustomizerFactoryTest {

    private final RealStackContextCustomizerFactory factory = new RealStackContextCustomizerFactory();

    @Test
    void leavesClassesWithoutTheAnnotationAlone() {
        assertThat(factory.createContextCustomizer(Plain.class, List.of())).isNull();
    }

    @Test
    void namesTheDatabaseAfterTheAnnotatedClass() {
        assertThat(factory.createContextCustomizer(Annotated.class, List.of()))
                .isEqualTo(new RealStackContextCustomizer("Annotated"));
    }

    @Test
    void usesTheDatabaseTheAnnotationNames() {
        assertThat(factory.createContextCustomizer(NamedDatabase.class, List.of()))
                .isEqualTo(new RealStackContextCustomizer("orgs"));
    }

    @Test
    void nestedClassesShareTheirEnclosingClassesDatabase() {
        assertThat(factory.createContextCustomizer(Annotated.Inner.class, List.of()))
                .isEqualTo(new RealStackContextCustomizer("Annotated"));
    }

    static class Plain {
    }

    @WithRealStack
    static class Annotated {

        @Nested
        class Inner {
        }
    }

    @WithRealStack(database = "orgs")
    static class NamedDatabase {
    }
}

package org.linkage.platform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DevStackSettingsTest {

    @Test
    void defaultsToTheWellKnownPortsUnderDotLinkage() {
        DevStackSettings settings = DevStackSettings.from(new Properties(), Map.of());

        assertThat(settings).isEqualTo(new DevStackSettings(Path.of(".linkage/data"), 9092, 9093, 27017));
        assertThat(settings.kafkaDir()).isEqualTo(Path.of(".linkage/data/kafka"));
        assertThat(settings.mongoFile()).isEqualTo(Path.of(".linkage/data/mongo.mv"));
    }

    @Test
    void environmentOverridesDefaults() {
        DevStackSettings settings = DevStackSettings.from(new Properties(), Map.of(
                "LINKAGE_DATA_DIR", "/srv/linkage",
                "LINKAGE_KAFKA_PORT", "19092",
                "LINKAGE_KAFKA_CONTROLLER_PORT", "19093",
                "LINKAGE_MONGO_PORT", "37017"));

        assertThat(settings).isEqualTo(new DevStackSettings(Path.of("/srv/linkage"), 19092, 19093, 37017));
    }

    @Test
    void systemPropertyOverridesEnvironment() {
        Properties systemProperties = new Properties();
        systemProperties.setProperty("LINKAGE_MONGO_PORT", "0");

        DevStackSettings settings = DevStackSettings.from(systemProperties, Map.of("LINKAGE_MONGO_PORT", "37017"));

        assertThat(settings.mongoPort()).isZero();
    }
}

package be.wallonie.clusters.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command loads the demo once per data directory, unless told not to. */
class StackLauncherDemoTest {

    @Test
    void a_data_directory_is_loaded_once_and_a_reset_loads_it_again(@TempDir Path data) throws Exception {
        assertThat(StackLauncher.demoLoaded(data, false)).isEmpty();
        Files.writeString(data.resolve(StackLauncher.DEMO_MARKER), "Demo data: 225 organisations…\n");
        assertThat(StackLauncher.demoLoaded(data, false)).contains("Demo data: 225 organisations…");
        assertThat(StackLauncher.demoLoaded(data, true)).isEmpty();
        assertThat(data.resolve(StackLauncher.DEMO_MARKER)).doesNotExist();
    }

    @Test
    void no_demo_by_option_or_environment() {
        assertThat(StackLauncher.demoSkipped(StackLauncher.parse(new String[] {"--no-demo", "--reset"}), null)).isTrue();
        assertThat(StackLauncher.demoSkipped(StackLauncher.parse(new String[] {"--reset"}), null)).isFalse();
        assertThat(StackLauncher.demoSkipped(Map.of(), "true")).isTrue();
        assertThat(StackLauncher.demoSkipped(Map.of(), "1")).isTrue();
        assertThat(StackLauncher.demoSkipped(Map.of(), "false")).isFalse();
        assertThat(StackLauncher.demoSkipped(Map.of(), "0")).isFalse();
        assertThat(StackLauncher.demoSkipped(Map.of(), "")).isFalse();
    }
}

package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.interlock.policy.PolicySelection.CommandLine;
import org.interlock.policy.PolicySelection.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicySelectionTest {
    private static final Map<String, String> NONE = Map.of();

    private static Properties file(String policy) {
        Properties p = new Properties();
        if (policy != null) p.setProperty("policy", policy);
        return p;
    }

    private static Selection select(String[] args, Map<String, String> props, Map<String, String> env, Properties f) {
        return PolicySelection.select(CommandLine.scan(args), props, env, f);
    }

    @Test
    void theDefaultIsGil() {
        Selection s = select(new String[0], NONE, NONE, null);
        assertEquals("gil", s.spec());
        assertEquals("default", s.source());
        assertEquals("gil", s.create().name());
    }

    @Test
    void eachSourceOverridesTheOnesAfterIt() {
        Properties f = file("unsafe");
        Map<String, String> env = Map.of("INTERLOCK_POLICY", "fine-grained", "PYTHON_GIL", "0");
        Map<String, String> props = Map.of("interlock.policy", "gil+atomic");
        String[] cli = {"--policy", "parallel+biased+per-object", "script.py"};

        assertEquals("parallel+biased+per-object", select(cli, props, env, f).spec());
        assertEquals("--policy", select(cli, props, env, f).source());
        assertEquals("gil+atomic", select(new String[0], props, env, f).spec());
        assertEquals("fine-grained", select(new String[0], NONE, env, f).spec());
        assertEquals("lock-free", select(new String[0], NONE, Map.of("PYTHON_GIL", "0"), f).spec());
        assertEquals("gil", select(new String[0], NONE, Map.of("PYTHON_GIL", "1"), f).spec());
        assertEquals("unsafe", select(new String[0], NONE, NONE, f).spec());
        assertEquals("interlock.properties", select(new String[0], NONE, NONE, f).source());
        assertEquals("gil", select(new String[0], NONE, NONE, file(null)).spec());
    }

    @Test
    void dashXGilSpellsThePolicyAsCPython313Does() {
        assertEquals("lock-free", select(new String[] {"-X", "gil=0"}, NONE, NONE, null).spec());
        assertEquals("gil", select(new String[] {"-Xgil=1"}, NONE, NONE, null).spec());
        // The command line beats the environment.
        assertEquals("gil", select(new String[] {"-X", "gil=1"}, NONE, Map.of("PYTHON_GIL", "0"), null).spec());
        PolicyConfigException e = assertThrows(PolicyConfigException.class,
            () -> select(new String[] {"-X", "gil=2"}, NONE, NONE, null));
        assertTrue(e.getMessage().contains("\"0\" or \"1\""), e.getMessage());
        assertThrows(PolicyConfigException.class, () -> select(new String[0], NONE, Map.of("PYTHON_GIL", "yes"), null));
    }

    @Test
    void conflictsOnOneCommandLineAreErrors() {
        for (String[] args : List.of(
            new String[] {"--policy", "gil", "--policy", "lock-free"},
            new String[] {"-X", "gil=0", "-X", "gil=1"},
            new String[] {"--policy", "gil", "-X", "gil=0"},
            new String[] {"--policy=fine-grained", "-X", "gil=1"},
            new String[] {"-X", "switch-every=3", "-X", "switch-every=4"})) {
            assertThrows(PolicyConfigException.class, () -> select(args, NONE, NONE, null), String.join(" ", args));
        }
        // Agreement is not a conflict.
        assertEquals("fine-grained", select(new String[] {"--policy", "fine-grained", "-X", "gil=0"}, NONE, NONE, null).spec());
        assertEquals("gil", select(new String[] {"--policy", "gil", "--policy", "gil"}, NONE, NONE, null).spec());
    }

    @Test
    void scanningStopsAtTheScriptAndAtDashC() {
        CommandLine cl = CommandLine.scan("-X", "gil=0", "script.py", "--policy", "gil");
        assertEquals(List.of(), cl.policies(), "the script's own arguments are not ours");
        assertEquals(List.of("gil=0"), cl.xOptions());
        assertEquals(List.of(), CommandLine.scan("-c", "--policy", "gil").policies());
        assertThrows(PolicyConfigException.class, () -> CommandLine.scan("--policy"));
    }

    @Test
    void policyOptionsComeFromDashXThePropertyAndTheFile() {
        Properties f = file(null);
        f.setProperty("options", "seed=1,switch-every=5");
        Selection s = select(new String[] {"-X", "switch-every=3,seed=9", "-X", "dev", "-X", "io-priority"},
            Map.of("interlock.policy.options", "seed=2,immortalize"), NONE, f);
        assertEquals("3", s.options().get("switch-every"));
        assertEquals("9", s.options().get("seed"));
        assertEquals("true", s.options().get("immortalize"));
        assertEquals("true", s.options().get("io-priority"));
        GlobalInterpreterLock g = (GlobalInterpreterLock) s.create().scheduling();
        assertEquals(3, g.switchEvery());
        assertTrue(g.ioPriority());
        assertThrows(PolicyConfigException.class,
            () -> select(new String[] {"-X", "switch-every=x"}, NONE, NONE, null));
    }

    @Test
    void unknownOrUnsafeSelectionsAreErrorsWhateverTheirSource() {
        assertThrows(PolicyConfigException.class, () -> select(new String[0], Map.of("interlock.policy", "nogil"), NONE, null));
        assertThrows(PolicyConfigException.class, () -> select(new String[0], NONE, Map.of("INTERLOCK_POLICY", "x"), null));
        Selection s = select(new String[] {"--policy", "parallel+atomic+none"}, NONE, NONE, null);
        assertThrows(PolicyConfigException.class, s::create, "resolvable, but refused when built");
        Selection ok = select(new String[] {"--policy", "parallel+atomic+none", "-X", "unsafe"}, NONE, NONE, null);
        assertEquals("parallel+atomic+none", ok.create().name());
    }

    @Test
    void thePropertiesFileIsReadFromDisk(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("interlock.properties");
        Files.writeString(f, "policy = fine-grained\n");
        assertEquals("fine-grained", PolicySelection.readProperties(f).getProperty("policy"));
        assertEquals(null, PolicySelection.readProperties(dir.resolve("absent.properties")));
    }
}

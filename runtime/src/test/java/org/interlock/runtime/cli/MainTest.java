package org.interlock.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Exit codes of the command line for bad configurations and commands that are not there yet. */
class MainTest {
    @Test
    void unknownPolicyExitsTwo() {
        assertEquals(2, Main.run(new String[] {"--policy", "no-such-policy", "-c", "pass"}));
    }

    @Test
    void conflictingPoliciesExitTwo() {
        assertEquals(2, Main.run(new String[] {"--policy", "gil", "-X", "gil=0", "-c", "pass"}));
    }

    @Test
    void unknownOptionExitsTwo() {
        assertEquals(2, Main.run(new String[] {"--bogus", "-c", "pass"}));
    }

    @Test
    void notYetAvailableCommandsExitTwo() {
        assertEquals(2, Main.run(new String[] {"stress"}));
    }

    @Test
    void commandExitCodePassesThrough() {
        assertEquals(4, Main.run(new String[] {"--policy", "lock-free", "-c", "import sys; sys.exit(4)"}));
        assertEquals(0, Main.run(new String[] {"-X", "gil=1", "-c", "pass"}));
    }
}

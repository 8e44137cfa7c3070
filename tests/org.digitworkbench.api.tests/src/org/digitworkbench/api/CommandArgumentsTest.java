package org.digitworkbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandArgumentsTest {

    @Test
    void flagsOptionsAndPositionalsAreSeparated() {
        CommandArguments a = CommandArguments.parse(List.of("--json", "a.png", "--model", "m.zip", "b.png",
                "--runs=5"), Set.of("--json", "--errors"), Set.of("--model", "--runs"));
        assertTrue(a.flag("--json"));
        assertFalse(a.flag("--errors"));
        assertEquals("m.zip", a.option("--model", null));
        assertEquals(5, a.intOption("--runs", 1));
        assertEquals(List.of("a.png", "b.png"), a.positional());
    }

    @Test
    void typosAndMissingValuesAreErrors() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> CommandArguments.parse(List.of("--jsn"), Set.of("--json"), Set.of()));
        assertTrue(typo.getMessage().contains("--jsn"));
        assertThrows(IllegalArgumentException.class,
                () -> CommandArguments.parse(List.of("--model"), Set.of(), Set.of("--model")));
        assertThrows(IllegalArgumentException.class,
                () -> CommandArguments.parse(List.of("--runs", "many"), Set.of(), Set.of("--runs"))
                        .intOption("--runs", 1));
    }

    @Test
    void doubleDashEndsOptions() {
        CommandArguments a = CommandArguments.parse(List.of("--", "--json"), Set.of("--json"), Set.of());
        assertFalse(a.flag("--json"));
        assertEquals(List.of("--json"), a.positional());
    }

    @Test
    void predictionKnowsItsDigitRunnerUpAndConfidence() {
        Prediction p = new Prediction(new float[] {0.01f, 0, 0, 0, 0.55f, 0, 0, 0, 0, 0.44f});
        assertEquals(4, p.digit());
        assertEquals(9, p.runnerUp());
        assertEquals(0.55f, p.confidence());
        assertFalse(p.isConfident());
        assertThrows(IllegalArgumentException.class, () -> new Prediction(new float[9]));
    }
}

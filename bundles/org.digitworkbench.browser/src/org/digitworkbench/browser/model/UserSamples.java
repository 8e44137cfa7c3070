package org.digitworkbench.browser.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.corrections.CorrectedDigit;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;

/**
 * The "Yours" split: one sample per digit the user corrected with "That was a …", its image the 28×28 input the
 * network saw, its true digit the user's label. Files that could not be read are kept as problems to show.
 */
public final class UserSamples implements SplitSamples {

    /** Before the corrections have been read. */
    public static final UserSamples NOT_READ = new UserSamples(null, List.of(), List.of());

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    private final Path folder;
    private final List<Correction> corrections = new ArrayList<>();
    /** Per sample: which correction, which of its digits. */
    private final List<int[]> origins = new ArrayList<>();
    private final List<CorrectedDigit> digits = new ArrayList<>();
    private final List<String> problems;

    public UserSamples(Path folder, List<Correction> corrections, List<String> problems) {
        this.folder = folder;
        this.problems = List.copyOf(problems);
        for (Correction c : corrections) {
            this.corrections.add(c);
            for (int d = 0; d < c.digits().size(); d++) {
                origins.add(new int[] {this.corrections.size() - 1, d});
                digits.add(c.digits().get(d));
            }
        }
    }

    /** Reads the store; a folder that cannot be read at all is one problem, not an exception. */
    public static UserSamples load(CorrectionStore store) {
        try {
            CorrectionStore.Contents contents = store.load();
            return new UserSamples(store.folder(), contents.corrections(), contents.problems());
        } catch (IOException e) {
            return new UserSamples(store.folder(), List.of(), List.of(e.getMessage()));
        }
    }

    public Path folder() {
        return folder;
    }

    /** One line for each correction file that could not be read. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public int size() {
        return digits.size();
    }

    @Override
    public int label(int index) {
        return digits.get(index).label();
    }

    @Override
    public DigitImage image(int index) {
        return digits.get(index).input();
    }

    @Override
    public int pixel(int index, int pixel) {
        DigitImage image = digits.get(index).input();
        return Math.round(image.get(pixel % DigitImage.SIZE, pixel / DigitImage.SIZE) * 255);
    }

    @Override
    public String describe(int index) {
        Correction c = corrections.get(origins.get(index)[0]);
        String where = c.digits().size() == 1 ? "" : "digit " + (origins.get(index)[1] + 1) + " of " + c.label() + ", ";
        return Split.YOURS.name + " #" + index + " (" + where + "saved " + DAY.format(c.savedAt()) + ", read as "
                + digits.get(index).predicted() + " by " + c.model() + ")";
    }
}

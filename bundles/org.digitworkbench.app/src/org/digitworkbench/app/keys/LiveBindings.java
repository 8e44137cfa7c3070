package org.digitworkbench.app.keys;

import java.util.List;

import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;

/**
 * Changes the keys of a binding while the workbench runs. A plain {@code setKeySequence} is not enough in 4.35:
 * the BindingProcessingAddon keeps the JFace binding it made for a model binding in the model binding's transient
 * data and, on a key change, binds that cached one again, so the old keys keep working and the new ones do
 * nothing. Taking the binding out of its table unbinds the cached JFace binding; without the cache, putting it
 * back binds the new keys.
 */
final class LiveBindings {

    /** EBindingService.MODEL_TO_BINDING_KEY (its package is exported to the platform's friends only). */
    static final String CACHED_BINDING = "binding";

    private LiveBindings() {
    }

    static void setKeys(MBindingTable table, MKeyBinding binding, String keys) {
        List<MKeyBinding> bindings = table.getBindings();
        int at = bindings.indexOf(binding);
        if (at >= 0) {
            bindings.remove(at);
        }
        binding.getTransientData().remove(CACHED_BINDING);
        binding.setKeySequence(keys);
        if (at >= 0) {
            bindings.add(at, binding);
        }
    }
}

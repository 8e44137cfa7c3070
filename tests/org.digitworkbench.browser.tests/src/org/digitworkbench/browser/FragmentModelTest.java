package org.digitworkbench.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.digitworkbench.api.ViewTags;
import org.digitworkbench.tests.support.ModelFiles;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuContribution;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBarContribution;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser's contribution to the workbench, read from its fragment.e4xmi as the workbench reads it, without a
 * display: the view's descriptor, its commands with handlers that exist, its keys, its menu and toolbar items.
 */
class FragmentModelTest {

    private static final String BUNDLE = "org.digitworkbench.browser";
    private static final String PREFIX = "org.digitworkbench.browser.command.";
    private static final List<String> COMMANDS = List.of(PREFIX + "classifyTraining", PREFIX + "cancelScan",
            PREFIX + "sendToDraw", PREFIX + "explain");

    private static Resource resource;
    private static MModelFragments model;

    @BeforeAll
    static void readTheFragment() throws Exception {
        resource = ModelFiles.read(BUNDLE, "fragment.e4xmi");
        model = (MModelFragments) resource.getContents().get(0);
    }

    /** Everything contributed to the {@code featurename} of the element {@code parent}. */
    private static <T> List<T> contributed(String featurename, String parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (var fragment : model.getFragments()) {
            MStringModelFragment f = (MStringModelFragment) fragment;
            if (f.getFeaturename().equals(featurename) && f.getParentElementId().equals(parent)) {
                f.getElements().stream().filter(type::isInstance).map(type::cast).forEach(found::add);
            }
        }
        return found;
    }

    @Test
    void pluginXmlContributesTheFragmentAtEveryStart() {
        List<IConfigurationElement> ours = ModelFiles.fragmentContributions().stream()
                .filter(e -> e.getContributor().getName().equals(BUNDLE)).toList();
        assertEquals(1, ours.size(), "one fragment of the browser bundle in the extension registry");
        assertEquals("fragment.e4xmi", ours.get(0).getAttribute("uri"));
        assertEquals("always", ours.get(0).getAttribute("apply"), "merged into a saved layout too");
    }

    @Test
    void theViewIsAPartDescriptorForTheBottomStack() throws Exception {
        List<MPartDescriptor> descriptors = contributed("descriptors", "xpath:/", MPartDescriptor.class);
        assertEquals(1, descriptors.size());
        MPartDescriptor view = descriptors.get(0);
        assertEquals("org.digitworkbench.browser.part.browser", view.getElementId());
        assertEquals("MNIST Browser", view.getLabel());
        assertEquals("All 70,000 MNIST samples and what the model gets wrong", view.getTooltip());
        assertEquals("org.digitworkbench.app.stack.bottom", view.getCategory());
        assertTrue(view.getTags().contains(ViewTags.VIEW), "listed by Window > Show View");
        assertFalse(view.getTags().contains(ViewTags.ACCEPTS_DRAWING), "the browser takes no drawings");
        assertTrue(view.isCloseable());
        assertEquals(BrowserPart.class, classOf(view.getContributionURI()));
        assertEquals(1, view.getMenus().size());
        MMenu menu = view.getMenus().get(0);
        assertEquals("org.digitworkbench.browser.menu", menu.getElementId());
        assertTrue(menu.getTags().contains("ViewMenu"), "rendered as the view menu");
        assertNotNull(view.getToolbar());
        assertEquals("org.digitworkbench.browser.toolbar", view.getToolbar().getElementId());

        List<MBindingContext> contexts = contributed("children", "org.eclipse.ui.contexts.window",
                MBindingContext.class);
        assertEquals(1, contexts.size(), "the browser's keys get a context of their own, below the window's");
        assertEquals("org.digitworkbench.browser.contexts.browser", contexts.get(0).getElementId());
        assertEquals(List.of(contexts.get(0)), view.getBindingContexts(), "active while the browser is");
        Resource application = ModelFiles.read("org.digitworkbench.app", "Application.e4xmi");
        List<String> appContexts = new ArrayList<>();
        application.getAllContents().forEachRemaining(o -> {
            if (o instanceof MBindingContext c) {
                appContexts.add(c.getElementId());
            }
        });
        assertTrue(appContexts.contains("org.eclipse.ui.contexts.window"), "the window's context to add to");
    }

    @Test
    void everyCommandHasAHandlerOfTheBrowserBundle() throws Exception {
        List<MCommand> commands = contributed("commands", "xpath:/", MCommand.class);
        assertEquals(COMMANDS, commands.stream().map(MCommand::getElementId).toList());
        List<MHandler> handlers = contributed("handlers", "xpath:/", MHandler.class);
        for (MCommand command : commands) {
            assertFalse(command.getCommandName() == null || command.getCommandName().isBlank());
            List<MHandler> its = handlers.stream().filter(h -> h.getCommand() == command).toList();
            assertEquals(1, its.size(), "one handler for " + command.getElementId());
            Class<?> handler = classOf(its.get(0).getContributionURI());
            assertTrue(handler.getPackageName().equals("org.digitworkbench.browser.commands"), handler.getName());
            assertTrue(hasMethod(handler, Execute.class), handler.getName() + " has an @Execute method");
            assertTrue(hasMethod(handler, CanExecute.class), handler.getName() + " says when it can run");
        }
        assertEquals(commands.size(), handlers.size(), "no handler without a command of its own");
    }

    @Test
    void sendToDrawAndWhyHaveKeysWhileTheBrowserIsActive() throws Exception {
        List<MBindingTable> tables = contributed("bindingTables", "xpath:/", MBindingTable.class);
        assertEquals(1, tables.size());
        MBindingTable table = tables.get(0);
        assertEquals("org.digitworkbench.browser.contexts.browser", table.getBindingContext().getElementId());
        Map<String, String> keys = new TreeMap<>();
        for (MKeyBinding b : table.getBindings()) {
            KeySequence.getInstance(b.getKeySequence()); // a key sequence the workbench can read
            keys.put(b.getKeySequence(), b.getCommand().getElementId());
        }
        assertEquals(Map.of("M1+D", PREFIX + "sendToDraw", "M1+Y", PREFIX + "explain"), keys);

        Set<String> ours = Set.of(KeySequence.getInstance("M1+D").format(), KeySequence.getInstance("M1+Y").format());
        for (Resource other : otherModelsOfTheProduct()) {
            other.getAllContents().forEachRemaining(o -> {
                if (o instanceof MKeyBinding b) {
                    assertFalse(ours.contains(format(b.getKeySequence())),
                            b.getKeySequence() + " is bound in " + other.getURI() + " too");
                }
            });
        }
    }

    @Test
    void theViewMenuOffersAllFourAndTheToolbarTheScan() {
        List<MMenuContribution> menus = contributed("menuContributions", "xpath:/", MMenuContribution.class);
        assertEquals(1, menus.size());
        assertEquals("org.digitworkbench.browser.menu", menus.get(0).getParentId());
        assertEquals(COMMANDS, commandsOf(menus.get(0).getChildren()));
        List<MToolBarContribution> toolbars = contributed("toolBarContributions", "xpath:/",
                MToolBarContribution.class);
        assertEquals(1, toolbars.size());
        assertEquals("org.digitworkbench.browser.toolbar", toolbars.get(0).getParentId());
        assertEquals(COMMANDS.subList(0, 2), commandsOf(toolbars.get(0).getChildren()));
    }

    /** Unique across the product's model files: ModelContractTest (app tests) checks all of them together. */
    @Test
    void idsAreTheBrowsersOwn() {
        List<String> ids = ModelFiles.ids(resource);
        for (String id : ids) {
            assertTrue(id != null && id.startsWith("_browser_"), "xmi:id " + id);
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no xmi:id twice in the fragment");
    }

    /** The product's Application.e4xmi and the fragments of every other installed bundle. */
    private static List<Resource> otherModelsOfTheProduct() throws Exception {
        List<Resource> models = new ArrayList<>();
        models.add(ModelFiles.read("org.digitworkbench.app", "Application.e4xmi"));
        for (IConfigurationElement e : ModelFiles.fragmentContributions()) {
            if (!e.getContributor().getName().equals(BUNDLE)) {
                models.add(ModelFiles.read(e.getContributor().getName(), e.getAttribute("uri")));
            }
        }
        return models;
    }

    private static List<String> commandsOf(List<?> items) {
        return items.stream().filter(MHandledItem.class::isInstance).map(i -> ((MHandledItem) i).getCommand())
                .map(MCommand::getElementId).collect(Collectors.toList());
    }

    private static String format(String keySequence) {
        try {
            return KeySequence.getInstance(keySequence).format();
        } catch (Exception e) {
            return keySequence;
        }
    }

    /** The class a {@code bundleclass://} URI names, loaded from the browser bundle. */
    private static Class<?> classOf(String uri) throws ClassNotFoundException {
        String prefix = "bundleclass://" + BUNDLE + "/";
        assertTrue(uri.startsWith(prefix), uri + " names a class of the browser bundle");
        return org.eclipse.core.runtime.Platform.getBundle(BUNDLE).loadClass(uri.substring(prefix.length()));
    }

    private static boolean hasMethod(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }
}

package org.digitworkbench.app.dialogs;

import org.digitworkbench.ui.widgets.preferences.PreferencePageContribution;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceNode;

/**
 * A node of the preference dialog whose page comes from a contribution: made when the user first selects it,
 * injected from the command's context, un-injected when the dialog closes.
 */
final class ContributedNode extends PreferenceNode {

    private final PreferencePageContribution contribution;
    private final IEclipseContext context;

    ContributedNode(PreferencePageContribution contribution, IEclipseContext context) {
        super(contribution.id(), contribution.label(), null, null);
        this.contribution = contribution;
        this.context = context;
    }

    @Override
    public void createPage() {
        IPreferencePage page = contribution.createPage();
        ContextInjectionFactory.inject(page, context);
        page.setTitle(contribution.label());
        setPage(page);
    }

    @Override
    public void disposeResources() {
        IPreferencePage page = getPage();
        if (page != null) {
            ContextInjectionFactory.uninject(page, context);
        }
        super.disposeResources();
    }
}

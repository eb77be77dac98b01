package org.powerofwe.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the generator's version from its jar manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = SiteCommand.class.getPackage().getImplementationVersion();
        return new String[] {"site " + (version == null ? "(development build)" : version)};
    }
}

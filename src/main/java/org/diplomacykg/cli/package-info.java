/** The {@code dkg} command line: one thin picocli class per subcommand, all work done by the library. */
package org.diplomacykg.cli;

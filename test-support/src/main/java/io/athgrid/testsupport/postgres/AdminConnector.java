package io.athgrid.testsupport.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection with the rights to create and drop databases. */
@FunctionalInterface
interface AdminConnector {

    Connection connect() throws SQLException;
}

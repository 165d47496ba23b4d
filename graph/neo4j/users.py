"""The Neo4j user that POST /cypher reads as, made by an admin (scripts/neo4j-server, docker-compose.yml).

    NEO4J_USER=neo4j NEO4J_PASSWORD=<admin's> NEO4J_READ_USER=kg_reader NEO4J_READ_PASSWORD=<new> \\
        python -m graph.neo4j.users

On Enterprise and Aura the user gets the built-in `reader` role, and the server refuses it any write or
admin command. Neo4j Community has no roles (every user may do what the admin does): there the user keeps
the admin's password out of the API, and the adapter's checks of the planner's plan keep /cypher to reads.
"""

from __future__ import annotations

import sys

from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors

from core.settings import get_settings


def create_reader(uri: str, admin: tuple[str, str], reader: tuple[str, str]) -> bool:
    """Create (or reset the password of) the reader user; True if the server gave it the `reader` role."""
    user, password = reader
    with GraphDatabase.driver(uri, auth=admin) as driver:
        driver.execute_query(
            "CREATE OR REPLACE USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
            user=user,
            password=password,
            database_="system",
        )
        try:
            driver.execute_query("GRANT ROLE reader TO $user", user=user, database_="system")
        except neo4j_errors.ClientError as exc:
            if exc.code != "Neo.ClientError.Statement.UnsupportedAdministrationCommand":  # Community: no roles
                raise
            return False
    return True


def main() -> None:
    settings = get_settings()
    if not settings.neo4j_read_user or settings.neo4j_read_user == settings.neo4j_user:
        sys.exit("neo4j.users: set NEO4J_READ_USER (and NEO4J_READ_PASSWORD) to a user other than NEO4J_USER")
    admin = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    reader = (settings.neo4j_read_user, settings.neo4j_read_password.get_secret_value())
    try:
        role = create_reader(settings.neo4j_uri, admin, reader)
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
        reason = exc.message if isinstance(exc, neo4j_errors.Neo4jError) else exc
        sys.exit(f"neo4j.users: cannot create {reader[0]} at {settings.neo4j_uri}: {reason}")
    kind = "with the reader role" if role else "without a role (Neo4j Community has none)"
    print(f"neo4j.users: {reader[0]} created {kind}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Fast tier (issue 16, "Beyond one server"): the docker-compose.yml example a regency's IT starts.

Without docker compose on the test machine, the file is read as YAML and checked for what the
README promises: Odoo 18 in multi-worker mode behind a proxy, the cron on one node only, the
read-only routes sent to a streaming replica of the PostgreSQL primary, the addon mounted in the
extra addons, one filestore volume shared by the Odoo services. With ``docker compose`` available,
``docker compose config`` validates it as well.
"""

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
DEPLOY = ROOT / "deploy"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def conf():
    parser = configparser.ConfigParser()
    parser.read(DEPLOY / "odoo.conf")
    return parser["options"]


def _odoo_services(compose):
    return {name: svc for name, svc in compose["services"].items()
            if str(svc.get("image", "")).startswith("odoo:")}


def _option(command, name):
    """The value of ``--name=value`` in a service's command, or None."""
    for arg in command or []:
        if arg.startswith("--%s=" % name):
            return arg.split("=", 1)[1]
    return None


def test_services(compose):
    services = compose["services"]
    assert {"proxy", "odoo-web", "odoo-cron", "db", "db-replica"} <= set(services)
    assert all(svc["image"] == "odoo:18.0" for svc in _odoo_services(compose).values())
    assert services["db"]["image"] == services["db-replica"]["image"]


def test_addon_and_config_mounted(compose):
    for name, svc in _odoo_services(compose).items():
        targets = {vol.split(":")[1]: vol.split(":")[0] for vol in svc["volumes"]}
        assert targets.get("/mnt/extra-addons/sistem_kerja_asn") == "./sistem_kerja_asn", name
        assert targets.get("/etc/odoo/odoo.conf") == "./deploy/odoo.conf", name
        for source in targets.values():
            if source.startswith("./"):
                assert (ROOT / source).exists(), (name, source)


def test_shared_filestore(compose):
    """Attachments (letters, recaps) live in the filestore: one named volume for every node."""
    sources = {svc_name: {vol.split(":")[0] for vol in svc["volumes"]
                          if vol.split(":")[1] == "/var/lib/odoo"}
               for svc_name, svc in _odoo_services(compose).items()}
    shared = set.intersection(*sources.values())
    assert shared and shared <= set(compose["volumes"]), sources


def test_workers_and_one_cron_node(compose, conf):
    assert int(conf["workers"]) >= 2
    assert conf.getboolean("proxy_mode")
    crons = {}
    for name, svc in _odoo_services(compose).items():
        threads = _option(svc.get("command"), "max-cron-threads") or conf["max_cron_threads"]
        crons[name] = int(threads)
    assert sorted(crons.values())[-1] >= 1 and sum(1 for n in crons.values() if n) == 1, crons


def test_replica(compose, conf):
    """Odoo sends the routes declared readonly=True to db_replica_host: the replica service,
    a hot standby cloned from the primary (pg_basebackup -R) and streaming from it."""
    services = compose["services"]
    assert conf["db_replica_host"] == "db-replica" and "db-replica" in services
    assert conf["db_replica_port"] == "5432"
    primary = " ".join(services["db"]["command"])
    assert "wal_level=replica" in primary and "max_wal_senders" in primary
    init = {vol.split(":")[0] for vol in services["db"]["volumes"]}
    assert "./deploy/primary-init.sh" in init
    assert "REPLICATION" in (DEPLOY / "primary-init.sh").read_text()
    script = (DEPLOY / "replica-entrypoint.sh").read_text()
    assert "pg_basebackup" in script and " -R" in script and "hot_standby=on" in script
    assert services["db-replica"]["environment"]["PRIMARY_HOST"] == "db"


def test_proxy(compose):
    nginx = (DEPLOY / "nginx.conf").read_text()
    assert "odoo-web:8069" in nginx and "odoo-web:8072" in nginx and "/websocket" in nginx


@pytest.mark.skipif(
    not shutil.which("docker") or subprocess.run(
        ["docker", "compose", "version"], capture_output=True, check=False).returncode,
    reason="docker compose is not installed")
def test_docker_compose_config():
    result = subprocess.run(["docker", "compose", "-f", str(COMPOSE), "config", "-q"],
                            capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr

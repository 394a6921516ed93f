// Redis 7 + Sentinel under test: node 1 starts as master and the others as its replicas
// (asynchronous replication, Redis' default), with one sentinel per node in the node's namespace
// (quorum a majority; a master unreachable for 2 s is failed over). Clients find the master by
// asking their node's sentinel (SENTINEL get-master-addr-by-name), talk to it with hiredis, and
// ask again after any error. The register is one string key (cas: a Lua script), the set one
// Redis set (SADD, SMEMBERS).

#include <hiredis/hiredis.h>

#include <fstream>
#include <map>
#include <stdexcept>

#include "backend.hpp"
#include "sys.hpp"

namespace fs = std::filesystem;

namespace vouch::nemesis {

namespace {

constexpr int kRedisPort = 6379;
constexpr int kSentinelPort = 26379;
constexpr const char* kMasterName = "vouch";
constexpr int kDownAfterMs = 2000;        // sentinel: a master silent this long is down
constexpr int kFailoverTimeoutMs = 6000;  // sentinel: a failover retried / replicas reconfigured
const char* const kRegister = "vouch-register";
const char* const kSet = "vouch-set";
// Compare-and-set in one step on the server (a replica refuses the SET: READONLY).
const char* const kCasScript =
    "if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('set', KEYS[1], ARGV[2]) "
    "return 1 else return 0 end";

struct ReplyFree {
  void operator()(redisReply* r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyFree>;

std::string str(const redisReply* r) {
  return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS ||
               r->type == REDIS_REPLY_ERROR)
             ? std::string(r->str, r->len)
             : std::string();
}

// One connection; every call bounded by the timeout it was opened with.
class Conn {
 public:
  // nullptr if it cannot connect within the timeout (nothing was sent).
  static std::unique_ptr<Conn> open(const std::string& ip, int port, double timeoutSeconds) {
    long us = static_cast<long>(timeoutSeconds * 1e6);
    timeval tv{us / 1000000, us % 1000000};
    redisContext* c = redisConnectWithTimeout(ip.c_str(), port, tv);
    if (!c) return nullptr;
    if (c->err || redisSetTimeout(c, tv) != REDIS_OK) {
      redisFree(c);
      return nullptr;
    }
    return std::unique_ptr<Conn>(new Conn(c));
  }
  ~Conn() { redisFree(c_); }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;

  // nullptr when no answer came (timeout, reset, closed): the connection is then unusable.
  Reply call(const std::vector<std::string>& args) {
    std::vector<const char*> argv;
    std::vector<size_t> lens;
    for (const auto& a : args) {
      argv.push_back(a.data());
      lens.push_back(a.size());
    }
    return Reply(static_cast<redisReply*>(
        redisCommandArgv(c_, static_cast<int>(args.size()), argv.data(), lens.data())));
  }

 private:
  explicit Conn(redisContext* c) : c_(c) {}
  redisContext* c_;
};

// INFO's "field:value" lines.
std::map<std::string, std::string> infoFields(const std::string& info) {
  std::map<std::string, std::string> out;
  size_t pos = 0;
  for (int i = 0; i < 10000 && pos < info.size(); ++i) {
    size_t end = info.find('\n', pos);
    if (end == std::string::npos) end = info.size();
    std::string line = info.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t colon = line.find(':');
    if (colon != std::string::npos) out[line.substr(0, colon)] = line.substr(colon + 1);
    pos = end + 1;
  }
  return out;
}

// The node whose address this is (10.77.0.1i -> i), or 0.
int nodeOfIp(const std::string& ip, int nodes) {
  for (int i = 1; i <= nodes; ++i)
    if (Cluster::nodeIp(i) == ip) return i;
  return 0;
}

// The master's address as node `node`'s sentinel sees it; false if it does not answer.
bool askSentinel(int node, double timeout, std::string* ip, int* port) {
  auto s = Conn::open(Cluster::nodeIp(node), kSentinelPort, timeout);
  if (!s) return false;
  Reply r = s->call({"SENTINEL", "get-master-addr-by-name", kMasterName});
  if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2) return false;
  *ip = str(r->element[0]);
  try {
    *port = std::stoi(str(r->element[1]));
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

class RedisClient : public Client {
 public:
  RedisClient(int node, const ClientOptions& o) : node_(node), timeout_(o.timeoutSeconds) {}

  Outcome read(std::string* value) override {
    Reply r;
    Outcome o = exec({"GET", kRegister}, true, &r);
    if (o != Outcome::Ok) return o;
    *value = r->type == REDIS_REPLY_NIL ? "nil" : str(r.get());
    return Outcome::Ok;
  }

  Outcome write(int64_t v) override {
    Reply r;
    return exec({"SET", kRegister, std::to_string(v)}, false, &r);
  }

  Outcome cas(int64_t from, int64_t to) override {
    Reply r;
    Outcome o = exec({"EVAL", kCasScript, "1", kRegister, std::to_string(from), std::to_string(to)},
                     false, &r);
    if (o != Outcome::Ok) return o;
    return r->type == REDIS_REPLY_INTEGER && r->integer == 1 ? Outcome::Ok : Outcome::Fail;
  }

  Outcome add(int64_t e) override {
    Reply r;
    return exec({"SADD", kSet, std::to_string(e)}, false, &r);
  }

  // The final read: only from a server that says it is the master now.
  Outcome readSet(std::vector<int64_t>* elements) override {
    Reply role;
    if (exec({"ROLE"}, true, &role) != Outcome::Ok || role->type != REDIS_REPLY_ARRAY ||
        role->elements < 1 || str(role->element[0]) != "master")
      return Outcome::Fail;
    Reply r;
    Outcome o = exec({"SMEMBERS", kSet}, true, &r);
    if (o != Outcome::Ok) return o;
    if (r->type != REDIS_REPLY_ARRAY) return Outcome::Fail;
    elements->clear();
    for (size_t i = 0; i < r->elements; ++i) {
      try {
        elements->push_back(std::stoll(str(r->element[i])));
      } catch (const std::exception&) {
        return Outcome::Fail;  // not ours: the read is not trusted
      }
    }
    return Outcome::Ok;
  }

 private:
  // Runs one command on the master. No master found or no connection: Fail (nothing was sent).
  // Sent and not answered: Info for an update, Fail for a read. An error reply (READONLY from a
  // demoted master, LOADING, ...) did nothing: Fail. After either, the next call asks the
  // sentinel again.
  Outcome exec(const std::vector<std::string>& args, bool isRead, Reply* out) {
    if (!master_) {
      std::string ip;
      int port = 0;
      if (!askSentinel(node_, timeout_, &ip, &port)) return Outcome::Fail;
      master_ = Conn::open(ip, port, timeout_);
      if (!master_) return Outcome::Fail;
    }
    Reply r = master_->call(args);
    if (!r) {
      master_.reset();
      return isRead ? Outcome::Fail : Outcome::Info;
    }
    if (r->type == REDIS_REPLY_ERROR) {
      master_.reset();
      return Outcome::Fail;
    }
    *out = std::move(r);
    return Outcome::Ok;
  }

  int node_;
  double timeout_;
  std::unique_ptr<Conn> master_;
};

class RedisBackend : public Backend {
 public:
  std::vector<std::string> binaries() const override {
    return {"/usr/bin/redis-server", "/usr/bin/redis-sentinel"};
  }
  std::string logName() const override { return "redis.log"; }

  // Servers first; sentinels once every replica is linked, so that a sentinel's first look at
  // the master (INFO, then every 10 s) already lists all replicas.
  void start(Cluster& c, const fs::path& run) override {
    int quorum = c.nodes() / 2 + 1;
    for (int i = 1; i <= c.nodes(); ++i) {
      fs::path dir = run / Cluster::nodeName(i);
      fs::create_directories(dir / "data");
      std::string ip = Cluster::nodeIp(i);
      // Both files are rewritten by Redis (CONFIG REWRITE after a sentinel reconfigures a node,
      // the sentinel's own state), so a restarted node comes back with what it last knew.
      std::ofstream(dir / "redis.conf")
          << "bind " << ip << "\nport " << kRedisPort
          << "\nprotected-mode no\ndaemonize no\nlogfile \"\"\ndir " << (dir / "data").string()
          << "\nappendonly yes\nappendfsync everysec\nsave \"\"\nrepl-diskless-sync-delay 0\n"
          << (i == 1 ? ""
                     : "replicaof " + Cluster::nodeIp(1) + " " + std::to_string(kRedisPort) + "\n");
      std::ofstream(dir / "sentinel.conf")
          << "bind " << ip << "\nport " << kSentinelPort
          << "\nprotected-mode no\ndaemonize no\nlogfile \"\"\ndir " << dir.string()
          << "\nsentinel monitor " << kMasterName << " " << Cluster::nodeIp(1) << " " << kRedisPort
          << " " << quorum << "\nsentinel down-after-milliseconds " << kMasterName << " "
          << kDownAfterMs << "\nsentinel failover-timeout " << kMasterName << " "
          << kFailoverTimeoutMs << "\nsentinel parallel-syncs " << kMasterName << " 1\n";
      if (!fs::exists(dir / "sentinel.conf"))
        throw std::runtime_error("cannot write " + (dir / "sentinel.conf").string());
      c.startNode(i, {"/usr/bin/redis-server", (dir / "redis.conf").string()},
                  (dir / logName()).string());
    }
    // Bounded: 15 s; if the replicas never link, the health check says so afterwards.
    for (int round = 0; round < 150; ++round) {
      bool linked = false;
      sys::inNetns(c.clientNs(), [&] { linked = replicated(c); });
      if (linked || !sys::sleepUnlessStopped(0.1)) break;
    }
    for (int i = 1; i <= c.nodes(); ++i) {
      fs::path dir = run / Cluster::nodeName(i);
      c.startHelper(i, {"/usr/bin/redis-sentinel", (dir / "sentinel.conf").string()},
                    (dir / "sentinel.log").string());
    }
  }

  // Node 1 is master and every replica's link to it is up.
  static bool replicated(const Cluster& c) {
    int n = c.nodes();
    for (int i = 1; i <= n; ++i) {
      auto conn = Conn::open(Cluster::nodeIp(i), kRedisPort, 1);
      if (!conn) return false;
      Reply r = conn->call({"INFO", "replication"});
      if (!r || r->type != REDIS_REPLY_STRING) return false;
      auto f = infoFields(str(r.get()));
      if (i == 1 && (f["role"] != "master" || f["connected_slaves"] != std::to_string(n - 1)))
        return false;
      if (i > 1 && f["master_link_status"] != "up") return false;
    }
    return true;
  }

  // Node 1 is master with every replica linked, and every sentinel sees that master, its
  // replicas and all the other sentinels (without them no failover can be authorized).
  bool healthy(const Cluster& c) override {
    int n = c.nodes();
    if (!replicated(c)) return false;
    for (int i = 1; i <= n; ++i) {
      auto s = Conn::open(Cluster::nodeIp(i), kSentinelPort, 1);
      if (!s) return false;
      Reply m = s->call({"SENTINEL", "master", kMasterName});
      if (!m || m->type != REDIS_REPLY_ARRAY) return false;
      std::map<std::string, std::string> kv;
      for (size_t k = 0; k + 1 < m->elements; k += 2)
        kv[str(m->element[k])] = str(m->element[k + 1]);
      if (kv["ip"] != Cluster::nodeIp(1) || kv["flags"] != "master" ||
          kv["num-slaves"] != std::to_string(n - 1) ||
          kv["num-other-sentinels"] != std::to_string(n - 1))
        return false;
    }
    return true;
  }

  // The master most sentinels name (an isolated sentinel may still name the old one).
  int leader(const Cluster& c) override {
    std::map<int, int> votes;
    for (int i = 1; i <= c.nodes(); ++i) {
      std::string ip;
      int port = 0;
      if (askSentinel(i, 1, &ip, &port)) ++votes[nodeOfIp(ip, c.nodes())];
    }
    int best = 0, most = 0;
    for (const auto& [node, count] : votes)
      if (node > 0 && count > most) {
        best = node;
        most = count;
      }
    return best;
  }

  std::unique_ptr<Client> connect(const Cluster&, int node, const ClientOptions& o) override {
    return std::make_unique<RedisClient>(node, o);
  }
};

}  // namespace

std::unique_ptr<Backend> makeRedis() {
  return std::make_unique<RedisBackend>();
}

}  // namespace vouch::nemesis

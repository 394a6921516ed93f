// etcd 3.4 under test: one etcd per node, clients through etcd's JSON gateway (/v3/kv/...) with
// libcurl. The register is one key; the set is one key per element under a prefix.

#include <curl/curl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "backend.hpp"

namespace fs = std::filesystem;

namespace vouch::nemesis {

namespace {

std::string base64(const std::string& s) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < s.size(); i += 3) {
    unsigned v = (unsigned char)s[i] << 16 | (unsigned char)s[i + 1] << 8 | (unsigned char)s[i + 2];
    out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], t[v & 63]};
  }
  if (i + 1 == s.size()) {
    unsigned v = (unsigned char)s[i] << 16;
    out += {t[v >> 18], t[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == s.size()) {
    unsigned v = (unsigned char)s[i] << 16 | (unsigned char)s[i + 1] << 8;
    out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], '='};
  }
  return out;
}

std::string unbase64(const std::string& s) {
  std::string out;
  unsigned v = 0;
  int bits = 0;
  for (char c : s) {
    int d;
    if (c >= 'A' && c <= 'Z')
      d = c - 'A';
    else if (c >= 'a' && c <= 'z')
      d = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      d = c - '0' + 52;
    else if (c == '+')
      d = 62;
    else if (c == '/')
      d = 63;
    else
      break;
    v = (v << 6) | static_cast<unsigned>(d);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((v >> bits) & 0xff);
    }
  }
  return out;
}

size_t collect(char* p, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(p, size * n);
  return size * n;
}

// One libcurl handle per client thread; sockets open in the thread's network namespace.
class Http {
 public:
  explicit Http(double timeoutSeconds) : h_(curl_easy_init()) {
    if (!h_) throw std::runtime_error("curl_easy_init failed");
    curl_easy_setopt(h_, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h_, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutSeconds * 1000));
    curl_easy_setopt(h_, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeoutSeconds * 500));
    curl_easy_setopt(h_, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h_, CURLOPT_NOPROXY, "*");
  }
  ~Http() { curl_easy_cleanup(h_); }
  Http(const Http&) = delete;
  Http& operator=(const Http&) = delete;

  // POSTs body (GET when empty); returns the curl code, fills *resp and *status.
  CURLcode call(const std::string& url, const std::string& body, std::string* resp, long* status) {
    resp->clear();
    curl_easy_setopt(h_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h_, CURLOPT_WRITEDATA, resp);
    if (body.empty()) {
      curl_easy_setopt(h_, CURLOPT_HTTPGET, 1L);
    } else {
      curl_easy_setopt(h_, CURLOPT_POSTFIELDS, body.c_str());
      curl_easy_setopt(h_, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    CURLcode rc = curl_easy_perform(h_);
    *status = 0;
    curl_easy_getinfo(h_, CURLINFO_RESPONSE_CODE, status);
    return rc;
  }

 private:
  CURL* h_;
};

std::string clientUrl(int node) {
  return "http://" + Cluster::nodeIp(node) + ":2379";
}

const std::string kRegister = base64("vouch-register");
const std::string kSetPrefix = "vouch-set/";

class EtcdClient : public Client {
 public:
  EtcdClient(int node, const ClientOptions& o)
      : http_(o.timeoutSeconds), url_(clientUrl(node)), serializable_(o.serializableReads) {}

  Outcome read(std::string* value) override {
    nlohmann::json j{{"key", kRegister}};
    if (serializable_) j["serializable"] = true;
    nlohmann::json r;
    Outcome o = call("/v3/kv/range", j, true, &r);
    if (o != Outcome::Ok) return o;
    *value = "nil";
    if (r.contains("kvs") && r["kvs"].is_array() && !r["kvs"].empty())
      *value = unbase64(r["kvs"][0].value("value", ""));
    return Outcome::Ok;
  }

  Outcome write(int64_t v) override {
    nlohmann::json r;
    return call("/v3/kv/put", {{"key", kRegister}, {"value", base64(std::to_string(v))}}, false,
                &r);
  }

  Outcome cas(int64_t from, int64_t to) override {
    nlohmann::json cmp{{"key", kRegister},
                       {"result", "EQUAL"},
                       {"target", "VALUE"},
                       {"value", base64(std::to_string(from))}};
    nlohmann::json put{{"requestPut", {{"key", kRegister}, {"value", base64(std::to_string(to))}}}};
    nlohmann::json r;
    Outcome o = call("/v3/kv/txn", {{"compare", {cmp}}, {"success", {put}}}, false, &r);
    if (o != Outcome::Ok) return o;
    return r.value("succeeded", false) ? Outcome::Ok : Outcome::Fail;
  }

  Outcome add(int64_t e) override {
    std::string s = std::to_string(e);
    nlohmann::json r;
    return call("/v3/kv/put", {{"key", base64(kSetPrefix + s)}, {"value", base64(s)}}, false, &r);
  }

  Outcome readSet(std::vector<int64_t>* elements) override {
    std::string end = kSetPrefix;
    end.back() = static_cast<char>(end.back() + 1);  // every key with the prefix
    nlohmann::json j{{"key", base64(kSetPrefix)}, {"range_end", base64(end)}};
    if (serializable_) j["serializable"] = true;
    nlohmann::json r;
    Outcome o = call("/v3/kv/range", j, true, &r);
    if (o != Outcome::Ok) return o;
    elements->clear();
    if (r.contains("kvs") && r["kvs"].is_array())
      for (const auto& kv : r["kvs"]) {
        try {
          elements->push_back(std::stoll(unbase64(kv.value("value", ""))));
        } catch (const std::exception&) {
          return Outcome::Fail;  // not ours: the read is not trusted
        }
      }
    return Outcome::Ok;
  }

 private:
  // A read that did not answer changed nothing: Fail (as Jepsen records it). A write that was
  // sent and not answered may have taken effect: Info. A refused connection never sent it.
  Outcome call(const std::string& path, const nlohmann::json& body, bool isRead,
               nlohmann::json* out) {
    std::string resp;
    long status = 0;
    CURLcode rc = http_.call(url_ + path, body.dump(), &resp, &status);
    bool neverSent = rc == CURLE_COULDNT_CONNECT;
    if (rc != CURLE_OK || status != 200) return isRead || neverSent ? Outcome::Fail : Outcome::Info;
    *out = nlohmann::json::parse(resp, nullptr, false);
    if (out->is_discarded() || out->contains("error"))
      return isRead ? Outcome::Fail : Outcome::Info;
    return Outcome::Ok;
  }

  Http http_;
  std::string url_;
  bool serializable_;
};

class EtcdBackend : public Backend {
 public:
  EtcdBackend() { curl_global_init(CURL_GLOBAL_ALL); }
  ~EtcdBackend() override { curl_global_cleanup(); }

  std::vector<std::string> binaries() const override { return {"/usr/bin/etcd"}; }
  std::string logName() const override { return "etcd.log"; }

  void start(Cluster& c, const fs::path& run) override {
    std::string initial;
    for (int i = 1; i <= c.nodes(); ++i) {
      if (i > 1) initial += ',';
      initial += Cluster::nodeName(i) + "=http://" + Cluster::nodeIp(i) + ":2380";
    }
    for (int i = 1; i <= c.nodes(); ++i) {
      fs::path dir = run / Cluster::nodeName(i);
      std::string ip = Cluster::nodeIp(i);
      c.startNode(
          i,
          {"/usr/bin/etcd", "--name", Cluster::nodeName(i), "--data-dir", (dir / "data").string(),
           "--listen-client-urls", "http://" + ip + ":2379", "--advertise-client-urls",
           "http://" + ip + ":2379", "--listen-peer-urls", "http://" + ip + ":2380",
           "--initial-advertise-peer-urls", "http://" + ip + ":2380", "--initial-cluster", initial,
           "--initial-cluster-state", "new", "--initial-cluster-token",
           "vouch-" + std::to_string(::getpid())},
          (dir / logName()).string());
    }
  }

  bool healthy(const Cluster& c) override {
    Http http(1);
    for (int i = 1; i <= c.nodes(); ++i) {
      std::string resp;
      long status = 0;
      if (http.call(clientUrl(i) + "/health", "", &resp, &status) != CURLE_OK || status != 200 ||
          resp.find("\"true\"") == std::string::npos)
        return false;
    }
    return true;
  }

  // Each node in turn (1 s each) until one names the leader; the leader is the member whose
  // own status carries that member id.
  int leader(const Cluster& c) override {
    Http http(1);
    auto status = [&](int i) {
      std::string resp;
      long code = 0;
      if (http.call(clientUrl(i) + "/v3/maintenance/status", "{}", &resp, &code) != CURLE_OK ||
          code != 200)
        return nlohmann::json();
      nlohmann::json j = nlohmann::json::parse(resp, nullptr, false);
      return j.is_discarded() || !j.contains("header") ? nlohmann::json() : j;
    };
    for (int i = 1; i <= c.nodes(); ++i) {
      nlohmann::json j = status(i);
      if (j.is_null() || !j.contains("leader")) continue;
      std::string leader = j.value("leader", "-");
      if (j["header"].value("member_id", "") == leader) return i;
      for (int k = 1; k <= c.nodes(); ++k) {
        nlohmann::json j2 = k == i ? j : status(k);
        if (!j2.is_null() && j2["header"].value("member_id", "") == leader) return k;
      }
    }
    return 0;
  }

  std::unique_ptr<Client> connect(const Cluster&, int node, const ClientOptions& o) override {
    return std::make_unique<EtcdClient>(node, o);
  }
};

}  // namespace

std::unique_ptr<Backend> makeEtcd() {
  return std::make_unique<EtcdBackend>();
}

}  // namespace vouch::nemesis

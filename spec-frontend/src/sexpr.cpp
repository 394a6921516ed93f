// The S-expression form of the AST (docs/parse-tree-format.md), used by `--dump ast` and the
// golden parse corpus.

#include <sstream>

#include "vouch/spec-frontend/parser.hpp"

namespace vouch::frontend {

namespace {

class Printer {
 public:
  std::ostringstream os;

  void str(const std::string& s) {
    os << '"';
    for (char c : s) {
      switch (c) {
        case '"': os << "\\\""; break;
        case '\\': os << "\\\\"; break;
        case '\n': os << "\\n"; break;
        case '\t': os << "\\t"; break;
        case '\r': os << "\\r"; break;
        case '\f': os << "\\f"; break;
        default: os << c;
      }
    }
    os << '"';
  }

  void bound(const Bound& b) {
    os << '(';
    if (b.tuple) {
      os << "<<";
      for (size_t i = 0; i < b.names.size(); ++i) os << (i ? " " : "") << b.names[i];
      os << ">>";
    } else {
      for (size_t i = 0; i < b.names.size(); ++i) os << (i ? " " : "") << b.names[i];
    }
    if (b.set) {
      os << " \\in ";
      expr(*b.set);
    }
    os << ')';
  }

  void args(const std::vector<ExprPtr>& as, size_t from = 0) {
    for (size_t i = from; i < as.size(); ++i) {
      os << ' ';
      expr(*as[i]);
    }
  }

  void params(const std::vector<Param>& ps) {
    os << '(';
    for (size_t i = 0; i < ps.size(); ++i) {
      if (i) os << ' ';
      if (ps[i].arity == 0) {
        os << ps[i].name;
      } else {
        os << '(' << ps[i].name << ' ' << ps[i].arity << ')';
      }
    }
    os << ')';
  }

  void opName(const Expr& e) {
    bool segArgs = false;
    for (const auto& s : e.path) segArgs |= !s.args.empty();
    if (!segArgs) {
      for (const auto& s : e.path) os << s.name << '!';
      os << (e.name == "'" ? "prime" : e.name);
      return;
    }
    os << "(!";
    for (const auto& s : e.path) {
      os << ' ';
      if (s.args.empty()) {
        os << s.name;
      } else {
        os << '(' << s.name;
        args(s.args);
        os << ')';
      }
    }
    os << ' ' << e.name << ')';
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Number: os << e.text; return;
      case ExprKind::String: str(e.text); return;
      case ExprKind::At: os << '@'; return;
      case ExprKind::OpApp: {
        bool segArgs = false;
        for (const auto& s : e.path) segArgs |= !s.args.empty();
        if (e.args.empty()) {
          opName(e);
          return;
        }
        if (segArgs) {
          // `I(p)!Op(a)`: (! (I p) (Op a))
          os << "(!";
          for (const auto& s : e.path) {
            os << ' ';
            if (s.args.empty()) {
              os << s.name;
            } else {
              os << '(' << s.name;
              args(s.args);
              os << ')';
            }
          }
          os << " (" << e.name;
          args(e.args);
          os << "))";
          return;
        }
        os << '(';
        opName(e);
        args(e.args);
        os << ')';
        return;
      }
      case ExprKind::Junction: os << '(' << e.text; args(e.args); os << ')'; return;
      case ExprKind::If: os << "(if"; args(e.args); os << ')'; return;
      case ExprKind::Case: {
        os << "(case";
        size_t n = e.args.size() - (e.hasOther ? 1 : 0);
        for (size_t i = 0; i + 1 < n; i += 2) {
          os << " (";
          expr(*e.args[i]);
          os << ' ';
          expr(*e.args[i + 1]);
          os << ')';
        }
        if (e.hasOther) {
          os << " (other ";
          expr(*e.args.back());
          os << ')';
        }
        os << ')';
        return;
      }
      case ExprKind::Let: {
        os << "(let (";
        for (size_t i = 0; i < e.defs.size(); ++i) {
          if (i) os << ' ';
          if (e.defs[i]->recursive) {  // declared RECURSIVE inside the LET
            size_t n = e.defs[i]->params.size();
            os << "(recursive ";
            if (n == 0) {
              os << e.defs[i]->name;
            } else {
              os << '(' << e.defs[i]->name << ' ' << n << ')';
            }
            os << ") ";
          }
          def(*e.defs[i]);
        }
        os << ") ";
        expr(*e.args[0]);
        os << ')';
        return;
      }
      case ExprKind::Quant:
      case ExprKind::Choose:
      case ExprKind::SetFilter:
      case ExprKind::FuncCons: {
        const char* head = e.kind == ExprKind::Quant       ? e.text.c_str()
                           : e.kind == ExprKind::Choose    ? "CHOOSE"
                           : e.kind == ExprKind::SetFilter ? "filter"
                                                           : "fun";
        os << '(' << head;
        for (const auto& b : e.bounds) {
          os << ' ';
          bound(b);
        }
        args(e.args);
        os << ')';
        return;
      }
      case ExprKind::SetMap: {
        os << "(map ";
        expr(*e.args[0]);
        for (const auto& b : e.bounds) {
          os << ' ';
          bound(b);
        }
        os << ')';
        return;
      }
      case ExprKind::SetEnum: os << "({}"; args(e.args); os << ')'; return;
      case ExprKind::FuncApp: os << "(apply"; args(e.args); os << ')'; return;
      case ExprKind::FuncSet: os << "(->"; args(e.args); os << ')'; return;
      case ExprKind::Record:
      case ExprKind::RecordSet: {
        os << (e.kind == ExprKind::Record ? "(record" : "(recset");
        for (size_t i = 0; i < e.fields.size(); ++i) {
          os << " (" << e.fields[i] << ' ';
          expr(*e.args[i]);
          os << ')';
        }
        os << ')';
        return;
      }
      case ExprKind::FieldAccess:
        os << "(. ";
        expr(*e.args[0]);
        os << ' ' << e.text << ')';
        return;
      case ExprKind::Except: {
        os << "(except ";
        expr(*e.args[0]);
        for (const auto& u : e.updates) {
          os << " ((";
          for (size_t i = 0; i < u.path.size(); ++i) {
            if (i) os << ' ';
            if (u.path[i].field) {
              os << "(dot " << u.path[i].name << ')';
            } else {
              os << "(idx";
              args(u.path[i].args);
              os << ')';
            }
          }
          os << ") ";
          expr(*u.value);
          os << ')';
        }
        os << ')';
        return;
      }
      case ExprKind::Tuple: os << "(<<>>"; args(e.args); os << ')'; return;
      case ExprKind::BoxAction: os << "([]_"; args(e.args); os << ')'; return;
      case ExprKind::AngleAction: os << "(<>_"; args(e.args); os << ')'; return;
      case ExprKind::Fairness: os << '(' << e.text; args(e.args); os << ')'; return;
      case ExprKind::Lambda: {
        os << "(LAMBDA (";
        for (size_t i = 0; i < e.params.size(); ++i) os << (i ? " " : "") << e.params[i];
        os << ')';
        args(e.args);
        os << ')';
        return;
      }
      case ExprKind::Label: {
        os << "(label ";
        if (e.params.empty()) {
          os << e.text;
        } else {
          os << '(' << e.text;
          for (const auto& p : e.params) os << ' ' << p;
          os << ')';
        }
        args(e.args);
        os << ')';
        return;
      }
    }
  }

  void instance(const InstanceSpec& in) {
    os << "(instance " << in.module;
    for (const auto& s : in.substitutions) {
      if (s.implicit) continue;
      os << " (" << s.name << ' ';
      expr(*s.value);
      os << ')';
    }
    os << ')';
  }

  void def(const OpDef& d) {
    if (d.local) os << "(local ";
    if (d.isFunction) {
      os << "(fundef " << d.name << " (";
      for (size_t i = 0; i < d.body->bounds.size(); ++i) {
        if (i) os << ' ';
        bound(d.body->bounds[i]);
      }
      os << ") ";
      expr(*d.body->args[0]);
      os << ')';
    } else {
      os << "(def " << d.name << ' ';
      params(d.params);
      os << ' ';
      if (d.instance) {
        instance(*d.instance);
      } else {
        expr(*d.body);
      }
      os << ')';
    }
    if (d.local) os << ')';
  }

  void module(const Module& m, bool header, int indent) {
    std::string pad(static_cast<size_t>(indent), ' ');
    if (header) os << "(module " << m.name << '\n';
    for (const auto& u : m.units) {
      os << pad;
      switch (u.kind) {
        case Unit::Kind::Extends:
          os << "(extends";
          for (const auto& n : u.names) os << ' ' << n;
          os << ')';
          break;
        case Unit::Kind::Constant:
        case Unit::Kind::Variable: {
          os << (u.kind == Unit::Kind::Constant ? "(constant " : "(variable ");
          if (u.decl->arity == 0) {
            os << u.decl->name;
          } else {
            os << '(' << u.decl->name << ' ' << u.decl->arity << ')';
          }
          os << ')';
          break;
        }
        case Unit::Kind::Recursive:
          if (u.recursive.arity == 0) {
            os << "(recursive " << u.recursive.name << ')';
          } else {
            os << "(recursive (" << u.recursive.name << ' ' << u.recursive.arity << "))";
          }
          break;
        case Unit::Kind::Definition: def(*u.def); break;
        case Unit::Kind::Instance:
          if (u.local) os << "(local ";
          instance(*u.instance);
          if (u.local) os << ')';
          break;
        case Unit::Kind::Assume:
          os << "(assume ";
          if (!u.name.empty()) os << u.name << ' ';
          expr(*u.expr);
          os << ')';
          break;
        case Unit::Kind::Theorem:
          os << "(theorem" << (u.name.empty() ? "" : " " + u.name);
          if (u.expr) {  // the statement, when it is an expression (not ASSUME ... PROVE)
            os << ' ';
            expr(*u.expr);
          }
          os << ')';
          break;
        case Unit::Kind::Module: module(*u.module, true, indent + 2); break;
      }
      os << '\n';
    }
    if (header) os << pad << ')';
  }
};

}  // namespace

std::string toSexpr(const Module& m) {
  Printer p;
  p.module(m, false, 0);
  return p.os.str();
}

std::string toSexpr(const Expr& e) {
  Printer p;
  p.expr(e);
  return p.os.str();
}

}  // namespace vouch::frontend

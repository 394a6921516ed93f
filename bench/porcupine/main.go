// porcupine-bench: checks Porcupine's public test histories (tests/data/porcupine) with the real
// Porcupine (github.com/anishathalye/porcupine, MIT), for bench/history.sh. Porcupine's source is
// never in this repository; build this against a local copy (see the header of bench/history.sh).
//
// The models and parsers follow Porcupine's own tests (porcupine_test.go: etcdModel,
// parseJepsenLog, kvModel, kvNoPartitionModel, parseKvLog), rewritten here.
//
// usage: porcupine-bench etcd DIR                 every DIR/etcd_*.log, one register each
//
//	porcupine-bench kv FILE [--no-partition] one kv history, per key unless --no-partition
//
// Output: one line per history, `file<TAB>true|false<TAB>seconds in CheckEvents`, then `#`
// summary lines (total time inside CheckEvents, wall time since main started).
// Exit: 0 all linearizable, 1 some history is not, 2 usage or input error.
package main

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/anishathalye/porcupine"
)

// ---- etcd: one register, read / write / cas, Jepsen log lines ----

const (
	opRead = iota
	opWrite
	opCas
)

type regIn struct {
	op      int
	arg, to int // write value, or cas expected/new value
}

type regOut struct {
	ok      bool // cas succeeded
	exists  bool // read saw a value (nil otherwise)
	value   int  // value read
	unknown bool // outcome unknown (:info, timed-out read, never returned)
}

// absent is the register's initial value: reads of nil see it.
const absent = -1000000

var registerModel = porcupine.Model{
	Init: func() interface{} { return absent },
	Step: func(state, input, output interface{}) (bool, interface{}) {
		cur, in, out := state.(int), input.(regIn), output.(regOut)
		switch in.op {
		case opRead:
			if out.unknown {
				return true, cur
			}
			if out.exists {
				return cur == out.value, cur
			}
			return cur == absent, cur
		case opWrite:
			return true, in.arg
		default: // cas: applies when the current value is the expected one
			applies := cur == in.arg
			next := cur
			if applies {
				next = in.to
			}
			return out.unknown || out.ok == applies, next
		}
	},
}

// pending tracks the open call of each Jepsen process while a log is read.
type pending struct {
	events []porcupine.Event
	open   map[int]int // process -> id of its call without a return yet
	nextID int
}

func newPending() *pending { return &pending{open: map[int]int{}} }

func (p *pending) call(proc int, v interface{}) {
	p.events = append(p.events, porcupine.Event{ClientId: proc, Kind: porcupine.CallEvent, Value: v, Id: p.nextID})
	p.open[proc] = p.nextID
	p.nextID++
}

func (p *pending) ret(proc int, v interface{}) {
	id, ok := p.open[proc]
	if !ok {
		return // a return without an open call: ignored
	}
	delete(p.open, proc)
	p.events = append(p.events, porcupine.Event{ClientId: proc, Kind: porcupine.ReturnEvent, Value: v, Id: id})
}

// finish gives every call still open (:info, crashed) the output `unknown` at the very end.
func (p *pending) finish(unknown interface{}) []porcupine.Event {
	procs := make([]int, 0, len(p.open))
	for proc := range p.open {
		procs = append(procs, proc)
	}
	sort.Ints(procs)
	for _, proc := range procs {
		p.ret(proc, unknown)
	}
	return p.events
}

// parseJepsen reads lines `INFO jepsen.util - PROC TYPE F VALUE` (any whitespace between
// fields). Like Porcupine's parser it uses :invoke of read/write/cas, :ok of read/write/cas,
// :fail of cas (returned false) and `:fail :read :timed-out` (unknown); every other line
// (:info, ...) is skipped, which leaves the call open until the end.
func parseJepsen(path string) ([]porcupine.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p := newPending()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for lineNo := 1; sc.Scan(); lineNo++ {
		w := strings.Fields(sc.Text())
		if len(w) < 6 || w[0] != "INFO" || w[1] != "jepsen.util" || w[2] != "-" {
			continue
		}
		proc, err := strconv.Atoi(w[3])
		if err != nil {
			continue
		}
		typ, fn, val := w[4], w[5], w[6:]
		bad := func() error { return fmt.Errorf("%s:%d: cannot read %q", path, lineNo, sc.Text()) }
		switch {
		case typ == ":invoke" && fn == ":read":
			p.call(proc, regIn{op: opRead})
		case typ == ":invoke" && fn == ":write":
			v, ok := oneInt(val)
			if !ok {
				return nil, bad()
			}
			p.call(proc, regIn{op: opWrite, arg: v})
		case typ == ":invoke" && fn == ":cas":
			a, b, ok := intPair(val)
			if !ok {
				return nil, bad()
			}
			p.call(proc, regIn{op: opCas, arg: a, to: b})
		case typ == ":ok" && fn == ":read":
			if len(val) == 1 && val[0] == "nil" {
				p.ret(proc, regOut{})
			} else if v, ok := oneInt(val); ok {
				p.ret(proc, regOut{exists: true, value: v})
			} else {
				return nil, bad()
			}
		case typ == ":ok" && fn == ":write":
			p.ret(proc, regOut{})
		case (typ == ":ok" || typ == ":fail") && fn == ":cas":
			p.ret(proc, regOut{ok: typ == ":ok"})
		case typ == ":fail" && fn == ":read" && len(val) == 1 && val[0] == ":timed-out":
			p.ret(proc, regOut{unknown: true})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return p.finish(regOut{unknown: true}), nil
}

func oneInt(w []string) (int, bool) {
	if len(w) != 1 {
		return 0, false
	}
	v, err := strconv.Atoi(w[0])
	return v, err == nil
}

func intPair(w []string) (int, int, bool) { // "[a b]" split by whitespace
	s := strings.Join(w, " ")
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return 0, 0, false
	}
	f := strings.Fields(s[1 : len(s)-1])
	if len(f) != 2 {
		return 0, 0, false
	}
	a, e1 := strconv.Atoi(f[0])
	b, e2 := strconv.Atoi(f[1])
	return a, b, e1 == nil && e2 == nil
}

// ---- kv: get / put / append over string keys, one EDN map per line ----

const (
	kvGet = iota
	kvPut
	kvAppend
)

type kvIn struct {
	op         int
	key, value string
}

type kvOut struct {
	value   string
	unknown bool // call never returned (none in the public data)
}

func fnvHash(parts ...string) uint64 {
	h := fnv.New64a()
	for _, s := range parts {
		h.Write([]byte(s))
	}
	return h.Sum64()
}

// kvStep applies one operation to the value of its key.
func kvStep(cur string, in kvIn, out kvOut) (bool, string) {
	switch in.op {
	case kvGet:
		return out.unknown || out.value == cur, cur
	case kvPut:
		return true, in.value
	default:
		return true, cur + in.value
	}
}

// Per key: the state is one key's value; the history is split by key.
var kvModel = porcupine.Model{
	PartitionEvent: func(h []porcupine.Event) [][]porcupine.Event {
		byKey := map[string][]porcupine.Event{}
		keyOf := map[int]string{} // call id -> key, for the returns
		var order []string
		for _, e := range h {
			var k string
			if e.Kind == porcupine.CallEvent {
				k = e.Value.(kvIn).key
				keyOf[e.Id] = k
			} else {
				k = keyOf[e.Id]
			}
			if _, seen := byKey[k]; !seen {
				order = append(order, k)
			}
			byKey[k] = append(byKey[k], e)
		}
		parts := make([][]porcupine.Event, 0, len(order))
		for _, k := range order {
			parts = append(parts, byKey[k])
		}
		return parts
	},
	Init: func() interface{} { return "" },
	Step: func(state, input, output interface{}) (bool, interface{}) {
		ok, next := kvStep(state.(string), input.(kvIn), output.(kvOut))
		return ok, next
	},
	Hash: func(state interface{}) uint64 { return fnvHash(state.(string)) },
}

// Unpartitioned: the state is the whole map (copied on every write), as in Porcupine's
// kvNoPartitionModel — the slow way, kept for the benchmark.
var kvWholeModel = porcupine.Model{
	Init: func() interface{} { return map[string]string{} },
	Step: func(state, input, output interface{}) (bool, interface{}) {
		m, in := state.(map[string]string), input.(kvIn)
		ok, next := kvStep(m[in.key], in, output.(kvOut))
		if in.op == kvGet {
			return ok, m
		}
		m2 := make(map[string]string, len(m)+1)
		for k, v := range m {
			m2[k] = v
		}
		m2[in.key] = next
		return ok, m2
	},
	Equal: func(a, b interface{}) bool {
		m1, m2 := a.(map[string]string), b.(map[string]string)
		if len(m1) != len(m2) {
			return false
		}
		for k, v := range m1 {
			if w, ok := m2[k]; !ok || w != v {
				return false
			}
		}
		return true
	},
	Hash: func(state interface{}) uint64 {
		var h uint64
		for k, v := range state.(map[string]string) {
			h ^= fnvHash(k, v) // order-independent
		}
		return h
	},
}

// ednMap reads a flat EDN map such as `{:process 0, :type :invoke, :f :get, :key "1", :value nil}`
// into keyword -> text (strings unquoted; nil as "nil", with isNil set).
type ednVal struct {
	text  string
	isNil bool
}

func ednMap(line string) (map[string]ednVal, bool) {
	s := strings.TrimSpace(line)
	if len(s) < 2 || s[0] != '{' || s[len(s)-1] != '}' {
		return nil, false
	}
	s = s[1 : len(s)-1]
	m := map[string]ednVal{}
	i := 0
	skip := func() {
		for i < len(s) && (s[i] == ' ' || s[i] == ',' || s[i] == '\t') {
			i++
		}
	}
	token := func() string {
		j := i
		for i < len(s) && s[i] != ' ' && s[i] != ',' && s[i] != '\t' {
			i++
		}
		return s[j:i]
	}
	for skip(); i < len(s); skip() {
		k := token()
		if !strings.HasPrefix(k, ":") {
			return nil, false
		}
		skip()
		if i >= len(s) {
			return nil, false
		}
		if s[i] == '"' {
			var b strings.Builder
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				b.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, false
			}
			i++
			m[k] = ednVal{text: b.String()}
		} else {
			t := token()
			m[k] = ednVal{text: t, isNil: t == "nil"}
		}
	}
	return m, true
}

// parseKv: :invoke and :ok of get/put/append, like Porcupine's parser; other lines are skipped.
func parseKv(path string) ([]porcupine.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p := newPending()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for lineNo := 1; sc.Scan(); lineNo++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		m, ok := ednMap(sc.Text())
		if !ok {
			return nil, fmt.Errorf("%s:%d: not an EDN map", path, lineNo)
		}
		proc, err := strconv.Atoi(m[":process"].text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad :process", path, lineNo)
		}
		ops := map[string]int{":get": kvGet, ":put": kvPut, ":append": kvAppend}
		op, known := ops[m[":f"].text]
		if !known {
			continue
		}
		switch m[":type"].text {
		case ":invoke":
			p.call(proc, kvIn{op: op, key: m[":key"].text, value: m[":value"].text})
		case ":ok":
			if op == kvGet {
				p.ret(proc, kvOut{value: m[":value"].text})
			} else {
				p.ret(proc, kvOut{})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return p.finish(kvOut{unknown: true}), nil
}

// ---- driver ----

func usage() {
	fmt.Fprintln(os.Stderr, "usage: porcupine-bench etcd DIR | porcupine-bench kv FILE [--no-partition]")
	os.Exit(2)
}

func main() {
	start := time.Now()
	if len(os.Args) < 3 {
		usage()
	}
	type job struct {
		path  string
		parse func(string) ([]porcupine.Event, error)
		model porcupine.Model
	}
	var jobs []job
	switch os.Args[1] {
	case "etcd":
		if len(os.Args) != 3 {
			usage()
		}
		files, _ := filepath.Glob(filepath.Join(os.Args[2], "etcd_*.log"))
		if len(files) == 0 {
			fmt.Fprintf(os.Stderr, "porcupine-bench: no etcd_*.log in %s\n", os.Args[2])
			os.Exit(2)
		}
		sort.Strings(files)
		for _, f := range files {
			jobs = append(jobs, job{f, parseJepsen, registerModel})
		}
	case "kv":
		model := kvModel
		switch {
		case len(os.Args) == 4 && os.Args[3] == "--no-partition":
			model = kvWholeModel
		case len(os.Args) != 3:
			usage()
		}
		jobs = append(jobs, job{os.Args[2], parseKv, model})
	default:
		usage()
	}

	var checkTime time.Duration
	checked, linearizable, skipped := 0, 0, 0
	for _, j := range jobs {
		events, err := j.parse(j.path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "porcupine-bench: %v\n", err)
			os.Exit(2)
		}
		name := filepath.Base(j.path)
		if len(events) == 0 { // etcd_095: the cluster never started; Porcupine's test skips it
			fmt.Printf("# %s: empty history, skipped\n", name)
			skipped++
			continue
		}
		t0 := time.Now()
		ok := porcupine.CheckEvents(j.model, events)
		d := time.Since(t0)
		checkTime += d
		checked++
		if ok {
			linearizable++
		}
		fmt.Printf("%s\t%t\t%.6f\n", name, ok, d.Seconds())
	}
	fmt.Printf("# %d checked (%d linearizable, %d not), %d skipped\n",
		checked, linearizable, checked-linearizable, skipped)
	fmt.Printf("# check time (inside porcupine.CheckEvents): %.3f s\n", checkTime.Seconds())
	fmt.Printf("# whole process (since main started): %.3f s\n", time.Since(start).Seconds())
	if linearizable != checked {
		os.Exit(1)
	}
}

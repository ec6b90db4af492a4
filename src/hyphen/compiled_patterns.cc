#include "hyphen/compiled_patterns.h"

#include <hyphen.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace galley::hyphen {

void HyphenDictFree::operator()(_HyphenDict* dict) const {
  if (dict != nullptr) hnj_hyphen_free(dict);
}

Result<HyphenDictPtr> CompilePatterns(const std::string& utf8_text, const std::string& path) {
  // libhyphen reads from a FILE; hnj_hyphen_load would print to stderr on failure.
  FILE* file = fmemopen(const_cast<char*>(utf8_text.data()), utf8_text.size(), "r");
  if (file == nullptr) return InternalError("cannot read the hyphenation patterns of " + path);
  HyphenDict* dict = hnj_hyphen_load_file(file);
  std::fclose(file);
  if (dict == nullptr) return IoError(path, "libhyphen could not read this dictionary");
  return HyphenDictPtr(dict);
}

namespace {

// "GHYP" and a version: a change to the layout below must change the version, so that files
// written before are refused and rebuilt.
constexpr char kMagic[8] = {'G', 'H', 'Y', 'P', '0', '0', '0', '1'};
constexpr uint32_t kNone = 0xFFFFFFFFu;

class Writer {
 public:
  template <typename T>
  void Put(T value) {
    out_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void PutBytes(const char* data, size_t size) {
    Put(static_cast<uint32_t>(size));
    out_.append(data, size);
  }
  void PutString(const char* text) {
    if (text == nullptr) {
      Put(kNone);
    } else {
      PutBytes(text, std::strlen(text));
    }
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// nohyphen is nohyphenl + 1 NUL-terminated strings one after another: libhyphen counts the
// commas it replaced (hnj_hyphen_load_line) and reads through index nohyphenl inclusive.
size_t NoHyphenSize(const HyphenDict& dict) {
  if (dict.nohyphen == nullptr) return 0;
  size_t size = 0;
  for (int i = 0; i <= dict.nohyphenl; ++i) size += std::strlen(dict.nohyphen + size) + 1;
  return size;
}

void WriteDict(const HyphenDict& dict, Writer* w) {
  w->Put(dict.lhmin);
  w->Put(dict.rhmin);
  w->Put(dict.clhmin);
  w->Put(dict.crhmin);
  w->Put(static_cast<int32_t>(dict.nohyphen == nullptr ? -1 : dict.nohyphenl));
  if (dict.nohyphen != nullptr) w->PutBytes(dict.nohyphen, NoHyphenSize(dict));
  w->Put(static_cast<int32_t>(dict.utf8));
  // The name, zero-padded: libhyphen leaves the bytes after its NUL uninitialised, and the
  // same patterns must give the same bytes.
  char cset[sizeof dict.cset] = {};
  std::memcpy(cset, dict.cset, strnlen(dict.cset, sizeof cset - 1));
  w->PutBytes(cset, sizeof cset);
  w->Put(static_cast<int32_t>(dict.num_states));
  for (int s = 0; s < dict.num_states; ++s) {
    const HyphenState& state = dict.states[s];
    w->PutString(state.match);
    w->PutString(state.repl);
    // Without a replacement libhyphen leaves these uninitialised; they are never read then.
    w->Put(state.repl != nullptr ? state.replindex : static_cast<signed char>(0));
    w->Put(state.repl != nullptr ? state.replcut : static_cast<signed char>(0));
    w->Put(static_cast<int32_t>(state.fallback_state));
    w->Put(static_cast<int32_t>(state.num_trans));
    for (int t = 0; t < state.num_trans; ++t) {
      w->Put(state.trans[t].ch);
      w->Put(static_cast<int32_t>(state.trans[t].new_state));
    }
  }
  w->Put(static_cast<uint8_t>(dict.nextlevel != nullptr));
  if (dict.nextlevel != nullptr) WriteDict(*dict.nextlevel, w);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  bool Get(T* value) {
    if (bytes_.size() - at_ < sizeof(T)) return false;
    std::memcpy(value, bytes_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return true;
  }
  // A malloc'd copy of `size` bytes plus a NUL, as libhyphen's own strings are.
  bool GetBytes(uint32_t size, char** out) {
    if (bytes_.size() - at_ < size) return false;
    *out = static_cast<char*>(std::malloc(size + 1));
    std::memcpy(*out, bytes_.data() + at_, size);
    (*out)[size] = '\0';
    at_ += size;
    return true;
  }
  bool GetString(char** out) {
    uint32_t size = 0;
    if (!Get(&size)) return false;
    if (size == kNone) return true;
    return GetBytes(size, out);
  }
  bool at_end() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t at_ = 0;
};

// A dictionary with nothing allocated yet, so that hnj_hyphen_free can free a partial read.
HyphenDict* NewDict() {
  auto* dict = static_cast<HyphenDict*>(std::calloc(1, sizeof(HyphenDict)));
  dict->states = static_cast<HyphenState*>(std::calloc(1, sizeof(HyphenState)));
  return dict;
}

bool ReadStates(Reader* r, HyphenDict* dict) {
  int32_t count = 0;
  if (!r->Get(&count) || count < 1 || count > (1 << 24)) return false;
  std::free(dict->states);
  dict->states = static_cast<HyphenState*>(std::calloc(count, sizeof(HyphenState)));
  for (int s = 0; s < count; ++s) {
    dict->num_states = s + 1;  // what hnj_hyphen_free walks if the read stops here
    HyphenState& state = dict->states[s];
    int32_t fallback = 0, transitions = 0;
    if (!r->GetString(&state.match) || !r->GetString(&state.repl) ||
        !r->Get(&state.replindex) || !r->Get(&state.replcut) || !r->Get(&fallback) ||
        !r->Get(&transitions)) {
      return false;
    }
    if (fallback < -1 || fallback >= count || transitions < 0 || transitions > 256) return false;
    state.fallback_state = fallback;
    if (transitions == 0) continue;
    state.trans = static_cast<HyphenTrans*>(std::calloc(transitions, sizeof(HyphenTrans)));
    state.num_trans = transitions;
    for (int t = 0; t < transitions; ++t) {
      int32_t next = 0;
      if (!r->Get(&state.trans[t].ch) || !r->Get(&next) || next < 0 || next >= count) {
        return false;
      }
      state.trans[t].new_state = next;
    }
  }
  return true;
}

bool ReadDict(Reader* r, HyphenDict* dict, int depth) {
  int32_t nohyphen_count = 0, utf8 = 0;
  if (!r->Get(&dict->lhmin) || !r->Get(&dict->rhmin) || !r->Get(&dict->clhmin) ||
      !r->Get(&dict->crhmin) || !r->Get(&nohyphen_count)) {
    return false;
  }
  if (nohyphen_count >= 0) {
    uint32_t size = 0;
    if (!r->Get(&size) || !r->GetBytes(size, &dict->nohyphen)) return false;
    dict->nohyphenl = nohyphen_count;
    size_t nuls = 0;
    for (uint32_t i = 0; i < size; ++i) nuls += dict->nohyphen[i] == '\0';
    if (size == 0 || dict->nohyphen[size - 1] != '\0' ||
        nuls != static_cast<size_t>(nohyphen_count) + 1) {
      return false;
    }
  }
  uint32_t cset_size = 0;
  char* cset = nullptr;
  if (!r->Get(&utf8) || !r->Get(&cset_size) || cset_size != sizeof dict->cset ||
      !r->GetBytes(cset_size, &cset)) {
    std::free(cset);
    return false;
  }
  std::memcpy(dict->cset, cset, sizeof dict->cset);
  dict->cset[sizeof dict->cset - 1] = '\0';
  std::free(cset);
  dict->utf8 = utf8;
  if (!ReadStates(r, dict)) return false;
  uint8_t has_next = 0;
  if (!r->Get(&has_next) || has_next > 1) return false;
  if (has_next == 0) return true;
  if (depth > 0) return false;  // libhyphen has two levels at most
  dict->nextlevel = NewDict();
  return ReadDict(r, dict->nextlevel, depth + 1);
}

}  // namespace

std::string SerializePatterns(const HyphenDict& dict) {
  Writer w;
  w.out().append(kMagic, sizeof kMagic);
  WriteDict(dict, &w);
  return std::move(w.out());
}

std::optional<HyphenDictPtr> DeserializePatterns(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic || bytes.substr(0, sizeof kMagic) !=
                                          std::string_view(kMagic, sizeof kMagic)) {
    return std::nullopt;
  }
  Reader r(bytes.substr(sizeof kMagic));
  HyphenDictPtr dict(NewDict());
  if (!ReadDict(&r, dict.get(), 0) || !r.at_end()) return std::nullopt;
  return dict;
}

}  // namespace galley::hyphen

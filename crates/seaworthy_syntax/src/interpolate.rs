//! Not yet: this format's parser arrives with its own issue (see the module owner in DESIGN.md).

# Each rule's words: `<rule-name>-title`, `<rule-name>-why`, `<rule-name>-fix`.
# Placeholder: the rule catalogue is written separately; until then the report uses the
# rules' English documentation.

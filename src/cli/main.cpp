// placeholder until the CLI lands (same session)
int main() { return 1; }

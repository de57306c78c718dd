echo "demo: not yet available"

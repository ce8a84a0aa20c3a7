from complaint_nlp.cli import main

main()

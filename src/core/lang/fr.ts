import type { LanguagePack } from './pack';

/** French (France, Belgium, Switzerland, Quebec). */
export const fr: LanguagePack = {
  code: 'fr',
  sections: {
    preparation: ['Préparation', 'Prépa', "Avant l'échange", "Avant l'appel", 'Avant l’appel', "Avant l'entretien", 'Avant le rendez-vous'],
    facts: ['Faits', 'Les faits', 'Faits clés', "Ce qui s'est passé", "Ce qui s'est dit", 'Ce qui s’est dit', "Ce qu'on s'est dit", 'Ce qu’on s’est dit', 'Ce qui a été dit', 'Constat', 'Contexte'],
    clientPerspective: ['Point de vue du client', 'Point de vue de la cliente', 'Le point de vue du client', 'Perspective du client', 'Son point de vue', 'Leur point de vue', "Ce qu'il ressent", 'Ce qu’il ressent', "Ce qu'elle ressent", 'Ce qu’elle ressent', "Ce qu'ils ressentent", 'Ce qu’ils ressentent', "Ce qu'elles ressentent", 'Ce qu’elles ressentent'],
    boundaries: ['Limites', 'Mes limites', 'Ce que je peux et ne peux pas faire', 'Ce que je peux faire et ce que je ne peux pas faire', 'Ce que je peux', 'Ce que je peux proposer et ce que je ne peux pas', 'Ce que je ne peux pas faire', 'Ce que je ne ferai pas', 'Ce que je ne fais pas', "Ce qui n'est pas négociable", 'Ce qui n’est pas négociable', "Ce que j'ai refusé", 'Ce que j’ai refusé', 'Ce que je refuse', "Ce que je n'accepte pas", 'Ce que je n’accepte pas', "Ce à quoi j'ai dit non", 'Ce à quoi j’ai dit non', "Ce que j'ai décliné", 'Ce que j’ai décliné', 'Non négociable', 'Mes conditions', 'Mes règles', 'Règles du jeu', 'Cadre', 'Lignes rouges'],
    options: ['Options discutées', 'Options envisagées', 'Options', 'Pistes', 'Pistes envisagées', 'Ce que je peux proposer', 'Ce que je propose'],
    agreements: ['Accords', 'Ce dont nous avons convenu', 'Ce que nous avons convenu', "Ce qu'on a convenu", "Ce dont on a convenu", 'Ce qui a été convenu', 'Ce qui a été décidé', "Ce qu'on a décidé", "Points d'accord", 'Décisions'],
    nextSteps: ['Prochaines étapes convenues', 'Prochaines étapes', 'Qui fait quoi', 'Actions', 'À faire', 'Suites à donner', 'Plan d’action', 'Tâches', 'Actions à mener', 'Étapes convenues', 'Suites', 'La suite', 'Suivis', 'On fait quoi', "Ce qu'on fait", 'Ce qu’on fait', 'Étapes suivantes', 'Prochaines actions', 'Actions suivantes', 'Éléments d’action', 'Points d’action', 'Tâches de suivi'],
    privateNotes: ['Notes privées', 'Privé', 'Notes personnelles', 'Pour moi', 'Notes internes', 'Perso', 'Notes perso'],
  },
  privateWords: ['privé', 'privée', 'privées', 'confidentiel', 'confidentielle'],
  steps: {
    // `à la charge de : moi`, as administrative French assigns an action.
    // `Assigné à :`, `Attribué à :`, `Assignés :`: a task tool's (ClickUp's, Planner's, Odoo's) field, as its state is
    // (`Progression : Terminé`, Odoo's stage: `Étape : Fait`); `En attente de :`, the one a step waits on, as English's `Waiting for:`;
    // `Propriétaire :`, Zoho Projects' owner; `Personne :`, monday.com's (with its colon: `personne` alone is no one).
    ownerKeys: ['responsable', 'resp.', 'à la charge de', 'qui', 'porteur', 'porteuse', 'pilote', 'assigné à', 'assignée à', 'attribué à', 'attribuée à', 'assignés', 'assignées', 'assigné', 'assignée', 'membres', 'en attente de', 'propriétaire', 'personne'],
    // `— Attribuée à Anaïs Lescure —`, as Basecamp's French to-dos say who.
    assignedTo: ['attribuée à', 'attribué à', 'assignée à', 'assigné à'],
    statusKeys: ['Statut', 'État', 'Etat', 'Étape', 'Etape', 'Progression', 'Liste', 'Section', 'Colonne'],
    // `Fin prévue :`, the planned end a task tool (Beesbusy) gives a task.
    deadlineKeys: ["date d'échéance", 'date d’échéance', 'échéance le', 'échéance au', 'échéance', 'éch.', 'date limite', 'fin prévue', 'date de fin:'],
    // `d'ici au 4.12.`, as Swiss and Belgian French set a deadline.
    dueKeys: ["d'ici le", 'd’ici le', "d'ici au", 'd’ici au', "d'ici", 'd’ici', 'délai', 'pour le', 'avant le', 'avant', 'au plus tard le', 'quand:', 'pour quand:'],
    me: ['moi', 'je', "j'", 'j’'],
    client: ['client', 'cliente', 'vous'],
    both: ['nous', 'nous deux', 'tous les deux', 'les deux', 'les deux parties', 'les parties', 'ensemble', 'on'],
    nobody: ['à définir', 'à déterminer', 'tous', 'tout le monde', "quelqu'un", 'quelqu’un', 'personne', 'non assigné', 'non assignée', 'non attribué', 'non attribuée'],
    // `nous` is an object as often (`Lena nous envoie`): not read.
    subjectPronouns: ['je', "j'", 'j’'],
    months: [
      ['janvier', 'janv.', 'janv'],
      ['février', 'févr.', 'fév.', 'févr'],
      ['mars'],
      ['avril', 'avr.', 'avr'],
      ['mai'],
      ['juin'],
      ['juillet', 'juil.', 'juil'],
      ['août'],
      ['septembre', 'sept.', 'sept'],
      ['octobre', 'oct.', 'oct'],
      ['novembre', 'nov.', 'nov'],
      ['décembre', 'déc.', 'déc'],
    ],
    // In two letters too, as Belgian and Swiss writers date a step (`ve 20/11`, `je 05.11`).
    weekdays: [['dimanche', 'dim.', 'di.'], ['lundi', 'lun.', 'lu.'], ['mardi', 'mar.', 'ma.'], ['mercredi', 'mer.', 'me.'], ['jeudi', 'jeu.', 'je.'], ['vendredi', 'ven.', 've.'], ['samedi', 'sam.', 'sa.']],
    subjectVerb: {
      // The present (`envoie`, `met`, `prend`) and the future, as minutes record what was agreed (`présentera`, `déposeront`).
      endings: ['e', 't', 'd', 'ra', 'ront'],
      notAfterName: ['le', 'la', 'les', 'une', 'de', 'du', 'des', 'ce', 'cette', 'notre', 'votre', 'leur', 'sa', 'se', 'est', 'sont', 'doit', 'fait', 'et'],
      elided: ["m'", 'm’', "t'", 't’', "s'", 's’', "l'", 'l’', "n'", 'n’'],
      nounEndings: ['ement'],
      // `fait`, `font`: faire before an infinitive has it done, and its subject owns the step (`Yasmine fait valider le décompte`).
      modals: { words: ['doit', 'doivent', 'devra', 'devront', 'va', 'vont', 'peut', 'pourra', 'fait', 'font', 'fera', 'feront'], infinitiveEndings: ['er', 'ir', 're', 'oir'], passive: ['être', 'etre', 'avoir'], objectPronouns: ['me', 'te', 'se', 'nous', 'vous', 'lui', 'leur', 'le', 'la', 'les', 'en', 'y'], infinitiveLast: false, future: [] },
      // Not every infinitive in -er, -ir or -re: Olivier, Samir and Claire are names.
      notSubjects: [
        'envoyer', 'renvoyer', 'transmettre', 'préparer', 'confirmer', 'corriger', 'ajouter', 'mettre', 'remettre', 'valider', 'relancer', 'vérifier',
        'appeler', 'rappeler', 'planifier', 'faire', 'refaire', 'rédiger', 'proposer', 'finaliser', 'livrer', 'facturer', 'signer', 'organiser',
        'demander', 'fixer', 'revoir', 'caler', 'réserver', 'contacter', 'informer', 'modifier', 'publier', 'programmer', 'prévoir', 'chiffrer',
        'régler', 'payer', 'rembourser', 'retourner', 'déposer', 'tester', 'installer', 'présenter', 'compléter', 'partager', 'transférer',
        'clarifier', 'définir', 'documenter', 'écrire', 'lire', 'relire', 'traduire', 'imprimer', 'commander', 'répondre', 'décider', 'choisir',
        'étudier', 'analyser', 'estimer', 'reprendre', 'terminer', 'lancer', 'démarrer', 'suivre', 'récupérer', 'intégrer', 'passer', 'prendre',
        'donner', 'trouver', 'chercher', 'créer', 'supprimer', 'remplacer', 'adapter', 'ajuster', 'réviser', 'retravailler', 'reformuler',
        'simplifier', 'nettoyer', 'exporter', 'importer', 'migrer', 'déployer', 'configurer', 'former', 'négocier', 'discuter', 'échanger',
        'bloquer', 'noter', 'archiver', 'solder', 'encaisser', 'annuler', 'reporter', 'décaler', 'avancer', 'fournir', 'obtenir', 'recevoir',
        'attendre', 'prévenir', 'consulter', 'collecter', 'rassembler', 'contrôler', 'mesurer', 'expliquer', 'justifier', 'calculer', 'rendre',
        'envoi', 'relance', 'point', 'facture', 'devis', 'retour', 'livraison', 'signature', 'paiement', 'règlement', 'réunion', 'appel', 'rdv',
        'mise', 'maquette', 'commande', 'réservation', 'version', 'proposition', 'offre', 'relecture', 'bilan', 'suivi', 'rappel', 'planning',
        'budget', 'contrat', 'avenant', 'date', 'test', 'tests', 'présentation', 'accord', 'calage', 'atelier', 'export', 'visite', 'démo', 'essai',
        'brief', 'réponse', 'rapport', 'virement', 'demande', 'remise', 'reprise', 'mail', 'courriel', 'message', 'dossier', 'liste', 'fiche',
        'note', 'compte', 'copie', 'photos', 'plan', 'choix', 'solde', 'acompte', 'clôture', 'fin', 'début', 'remontée', 'récap', 'geste',
        'premier', 'première', 'dernier', 'dernière', 'nouveau', 'nouvel', 'nouvelle', 'prochain', 'prochaine',
      ],
      notSubjectEndings: ['tion', 'sion', 'ment', 'aison', 'ité', 'age'],
    },
    agent: { words: ['par'], articles: ['le', 'la', 'les', "l'", 'l’'] },
    dateArticles: ['le'],
    firstOfMonth: ['1er', '1ᵉʳ'],
    today: ["aujourd'hui", 'aujourd’hui'],
    asked: ['demandé le', 'demandée le', 'relancé le', 'relancée le', 'demandé', 'demandée', 'relancé', 'relancée'],
    after: ['après le', 'après'],
    // `tous les lundis jusqu'au 12/12`: a schedule that ends on a day, due that day.
    until: ["jusqu'au", 'jusqu’au', "jusqu'à", 'jusqu’à'],
    todo: ['À faire', 'A faire'],
    yes: ['oui'],
    stillOpen: ['à faire', 'a faire', 'à traiter', 'en cours', 'en attente', 'pas fait', 'pas encore fait', 'non fait', 'à venir', 'ouvert', 'ouverte', 'prévu', 'prévue', 'non démarré', 'non démarrée', 'non commencé', 'non commencée', 'pas commencé', 'pas commencée', 'pendant', 'pendante', 'en suspens'],
    calendarWeek: ['fin de la semaine', 'fin de semaine', 'fin semaine', 'fin sem.', 'fin S', 'semaine', 'sem.', 'S'],
    // `J+5`: five days after the conversation (jour J).
    daysAfter: ['J'],
    tableColumns: {
      // A task tool's export names its columns so: ClickUp's `Nom de la tâche`, `Assigné à`, `Date d'échéance`; Outlook's, `Objet` and `Propriétaire`;
      // Jira's, `Résumé` and `Personne assignée`; Airtable's, `Nom`; monday.com's, `Élément` and `Personne`.
      what: ['Action', 'Quoi', 'Tâche', 'Étape', 'Nom de la tâche', 'Intitulé', 'Objet', 'Sujet', 'Description', 'Libellé', 'Carte', 'Résumé', 'Titre', 'Nom', 'Élément'],
      owner: ['Qui', 'Responsable', 'Porteur', 'Pilote', 'Assigné à', 'Assignée à', 'Assigné', 'Assignée', 'Assigné(e)', 'Attribué à', 'Attribuée à', 'Membres', 'Membre', 'Propriétaire', 'Personne assignée', 'Personne'],
      due: ['Quand', 'Pour quand', 'Pour le', 'Pour', 'Échéance', 'Date', 'Délai', 'Date limite', "Date d'échéance", 'Date d’échéance', 'Date butoir', 'Date cible', 'Date de fin', 'Fin'],
      // Asana's `Terminé le` holds the day a task was done.
      done: ['Statut', 'État', 'Fait', 'Avancement', 'Progression', 'Remarque', 'Remarques', 'Suivi', 'Liste', 'Section', 'Terminé', 'Terminé le', 'Fait le'],
    },
    relativeDays: {
      // `fin de sem.`: the week in its short form too, as notes typed on a phone write it.
      'end of week|eow': ['fin de semaine', 'fin de la semaine', 'la fin de la semaine', 'la fin de semaine', 'fin de sem.', 'fin de la sem.'],
      'end of month|eom': ['fin du mois', 'la fin du mois', 'fin de mois', 'la fin de mois'],
      'end of next week': ['fin de la semaine prochaine', 'la fin de la semaine prochaine', 'fin de semaine prochaine', 'la fin de semaine prochaine', 'fin de sem. prochaine', 'fin de la sem. prochaine'],
      'end of next month': ['fin du mois prochain', 'la fin du mois prochain', 'fin de mois prochain'],
      'end of year|eoy': ["la fin de l'année", 'la fin de l’année', "fin de l'année", 'fin de l’année', "fin d'année", 'fin d’année'],
      'christmas|xmas': ['Noël', 'les fêtes'],
      'within a week': ['sous huitaine'],
      'within 2 weeks': ['sous quinzaine', 'dans les 15 jours', 'endéans les 15 jours'],
      'within|in': ['endéans les', 'sous', 'dans', 'endéans'],
      'days|day': ['jours', 'jour'],
      'weeks|week': ['semaines', 'semaine', 'sem.'],
      'hours|h': ['heures', 'heure'],
      'next week': ['la semaine prochaine', 'semaine prochaine', 'la semaine pro', 'semaine pro', 'la sem. prochaine', 'sem. prochaine'],
      tmrw: ['demain'],
      early: ['début'],
      mid: ['à la mi'],
      end: ['fin'],
      // `— à chaque facture`: a schedule set by an event.
      every: ['chaque', 'à chaque'],
      daily: ['tous les jours', 'chaque jour', 'quotidiennement'],
      // `tous les mardis`: a weekday that comes back each week.
      weekly: ['toutes les semaines', 'chaque semaine', 'hebdomadaire', 'tous les lundis', 'tous les mardis', 'tous les mercredis', 'tous les jeudis', 'tous les vendredis', 'tous les samedis', 'tous les dimanches'],
      monthly: ['tous les mois', 'chaque mois', 'mensuellement'],
    },
    // `— OK`: the short form too.
    done: ['marquée comme terminée', 'marqué comme terminé', "c'est fait", 'c’est fait', 'fait', 'faite', 'OK', 'faits', 'faites', 'terminé', 'terminée', 'complété', 'complétée', 'achevé', 'achevée', 'envoyé', 'envoyée', 'envoyés', 'payé', 'payée', 'réglé', 'réglée', 'livré', 'livrée', 'reçu', 'reçue', 'reçus', 'signé', 'signée', 'confirmé', 'confirmée', 'clôturé', 'clôturée', 'fermé', 'fermée', 'réalisé', 'réalisée', 'soldé', 'soldée', 'effectué', 'effectuée', 'validé', 'validée', 'validés', 'approuvé', 'approuvée', 'accepté', 'acceptée', 'annulé', 'annulée', 'abandonné', 'abandonnée', 'liquidé', 'liquidée', 'liquidés', 'liquidées'],
    weekdayNext: ['prochain', 'prochaine', 'pro'],
    slashedDates: 'day-first',
  },
  tone: {
    blame: [
      'c\'est votre problème', 'c’est votre problème', 'c\'est ton problème', 'c’est ton problème', 'votre faute', 'ta faute', 'de votre fait', 'de ton fait', 'la faute de votre', 'la faute de vos', 'la faute de ton', 'la faute de ta', 'la faute de tes', 'la faute à votre', 'la faute à vos', 'la faute à ton', 'la faute à ta', 'la faute à tes', 'votre erreur', 'ton erreur', 'à cause de vous', 'à cause de toi', 'à cause de votre', 'à cause de vos', 'à cause de ton', 'à cause de ta', 'à cause de tes', "vous n'avez pas", 'vous n’avez pas', "vous n'avez toujours pas", 'vous n’avez toujours pas', "tu n'as toujours pas", 'tu n’as toujours pas',
      "tu n'as pas", 'tu n’as pas',
      // The object elided before the verb: `vous ne l'avez pas signé`, spoken `vu que tu l'as pas fait`.
      "vous ne l'avez pas", 'vous ne l’avez pas', "tu ne l'as pas", 'tu ne l’as pas', "vous ne m'avez pas", "vous ne nous avez pas", "tu ne m'as pas", "tu ne nous as pas", "vous l'avez pas", 'vous l’avez pas', "tu l'as pas", 'tu l’as pas',
      // Spoken French drops the `ne`: `parce que vous avez pas lu le devis`, `t'as pas envoyé`.
      'vous avez pas', 'tu as pas', "t'as pas", 't’as pas', "vous m'avez pas", "tu m'as pas", 'vous avez jamais', 'tu as jamais', "t'as jamais", 't’as jamais',
      'vous avez … oublié', 'tu as … oublié', 'vous avez … ignoré', 'tu as … ignoré', 'vous auriez dû', 'tu aurais dû',
      'vous étiez censé', 'vous étiez censée', 'tu étais censé', 'tu étais censée', 'vous deviez', 'tu devais', 'vous avez … raté', 'tu as … raté', 'vous avez … causé', 'tu as … causé', 'vous avez … provoqué', 'tu as … provoqué', 'vous avez … rompu', 'tu as … rompu', 'vous avez … violé', 'tu as … violé', 'vous avez … enfreint', 'tu as … enfreint',
      'vous m’avez laissé tomber', "vous m'avez laissé tomber", 'comme je vous l’ai déjà dit', "comme je vous l'ai déjà dit", 'comme je l’ai déjà dit',
      "comme je l'ai déjà dit", "comme je l'ai déjà écrit", 'combien de fois',
      // What the writer already told them, said or written (`Comme je vous l'ai déjà écrit le 12/11`).
      "comme je vous l'ai déjà écrit", "comme je vous l'ai déjà expliqué", "comme je vous l'ai déjà indiqué", "comme je vous l'ai déjà précisé", "comme je vous l'ai déjà signalé",
      "comme je te l'ai déjà dit", "comme je te l'ai déjà écrit", "comme je te l'ai déjà expliqué", "comme je te l'ai déjà indiqué", "comme je te l'ai déjà précisé", "comme je te l'ai déjà signalé",
      // What the client did without asking first: `vous avez … modifié le fichier sans me prévenir`.
      'vous avez … sans me prévenir', 'tu as … sans me prévenir', 'vous avez … sans prévenir', 'tu as … sans prévenir', 'vous avez … sans me consulter', 'tu as … sans me consulter',
      // Spoken and Québec French's `t'as`, and `avertir` for `prévenir`: `t'as ajouté 4 pages … sans m'avertir`.
      "t'as … sans me prévenir", "t'as … sans prévenir", "t'as … sans me consulter", "vous avez … sans m'avertir", "tu as … sans m'avertir", "t'as … sans m'avertir",
    ],
    wishAfterBlame: [],
    acknowledging: ['je comprends', 'je comprends que', 'je comprends bien que', "j'entends que", 'j’entends que'],
    // `tjs`: toujours, as notes typed on a phone write it.
    frequency: ['toujours', 'tjs', 'jamais', 'constamment', 'sans arrêt', 'sans cesse'],
    repetition: ['encore une fois', 'une fois de plus', 'à chaque fois', 'chaque fois', 'encore et encore'],
    mannerAdverbs: ['clairement'],
    opinion: ['évidemment', 'manifestement', 'clairement', 'visiblement', 'de toute évidence', "comme d'habitude", 'comme d’habitude', "comme d'hab", 'comme d’hab', 'comme toujours', 'comme par hasard', 'toujours la même histoire', 'toujours la même chose', 'toujours le même refrain'],
    person: [
      'peu professionnel', 'peu professionnelle', 'non professionnel', 'négligent', 'négligente', 'paresseux', 'paresseuse', 'impoli', 'impolie',
      'incompétent', 'incompétente', 'irresponsable', 'difficile', 'exigeant', 'exigeante', 'arrogant', 'arrogante', 'condescendant',
      'condescendante', 'désorganisé', 'désorganisée', 'agressif', 'agressive', 'malhonnête', 'ingrat', 'ingrate', 'têtu', 'têtue', 'borné',
      'bornée', 'pas fiable', 'inflexible', 'rigide', 'peu coopératif', 'peu coopérative', 'hostile', 'méprisant', 'méprisante',
    ],
    contempt: ['ridicule', 'absurde', 'inutile', 'pathétique', 'stupide', 'idiot', 'idiote', 'bâclé', 'bâclée',
      // Rubbish said of someone or something (`Le chef est nul`); after a noun, `nul` is zero (`rotation nulle`, `marge nulle`).
      'est nul', 'est nulle', 'sont nuls', 'sont nulles', 'était nul', 'était nulle', 'étaient nuls', 'étaient nulles', 'complètement nul', 'complètement nulle', 'vraiment nul', 'vraiment nulle',
      'lamentable', 'grotesque', 'amateur', 'complètement exagéré', 'complètement exagérée', 'totalement exagéré', 'totalement exagérée', 'complètement démesuré', 'complètement démesurée'],
    // `toujours pas`: still not.
    adjectiveEndings: ['s', 'e', 'es'],
    idioms: ['nulle part', 'nul ne', 'nulle ne', 'toujours pas', 'toujours en attente', 'toujours en cours'],
    clientSideBlame: [
      'a … sans me prévenir', 'a … sans prévenir', "a … sans m'avertir", 'a … sans m’avertir', 'ont … sans me prévenir', 'ont … sans prévenir',
      'a oublié', 'ont oublié', 'a ignoré', 'ont ignoré', "n'a jamais", 'n’a jamais', "n'ont jamais", 'n’ont jamais',
    ],
    shortfalls: ['en retard', 'après la date limite', "après l'échéance", 'après le délai', 'après le délai convenu', 'après la date convenue', 'de retard', 'dernier moment', 'la veille', 'dernière minute', "qu'après relance", 'qu’après relance', "qu'après un rappel", 'qu’après un rappel', "qu'après plusieurs relances", 'qu’après plusieurs relances', 'que quand je relance', 'que si je relance', 'hors délai', 'tard', "jamais à l'heure", 'jamais à l’heure', 'jamais dans les temps', 'jamais dans les délais', "jamais … à l'heure", 'jamais … à l’heure', 'jamais … dans les temps', 'jamais … dans les délais', 'incomplet', 'incomplets', 'incomplète', 'incomplètes'],
    clientWords: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi', 'te'],
    clientPossessives: ['votre', 'vos', 'ton', 'ta', 'tes'],
    determiners: ['le', 'un', 'ce', 'cet', 'du', 'au', 'mon', 'son', 'notre', 'leur', 'quel', 'même'],
    selfWords: ['je', 'nous', 'moi', 'ai'],
    personNouns: [
      'client', 'cliente', 'clients', 'responsable', 'chef', 'patron', 'patronne', 'directeur', 'directrice', 'gérant', 'gérante', 'équipe',
      'collègue', 'agence', 'direction', 'comité', 'conseil', 'madame', 'monsieur', 'mme', 'm', 'prestataire', 'comptable', 'interlocuteur', 'interlocutrice', 'il', 'elle', 'ils', 'elles', 'quelqu’un',
      "quelqu'un", 'personne', 'gens', 'tout le monde',
      // The trades a freelancer works beside, as English lists them.
      'fondateur', 'fondatrice', 'associé', 'associée', 'assistant', 'assistante', 'secrétaire', 'stagiaire', 'salarié', 'salariée', 'employé',
      'employée', 'coordinateur', 'coordinatrice', 'designer', 'graphiste', 'développeur', 'développeuse', 'ingénieur', 'ingénieure', 'rédacteur',
      'rédactrice', 'photographe', 'traducteur', 'traductrice', 'illustrateur', 'illustratrice', 'avocat', 'avocate', 'consultant', 'consultante',
      'fournisseur', 'fournisseuse', 'partenaire', 'traiteur', 'fleuriste', 'architecte', 'livreur', 'livreuse', 'organisateur', 'organisatrice',
      'acheteur', 'acheteuse', 'commercial', 'commerciale', 'propriétaire', 'artisan', 'artisane', 'freelance',
      'régie', 'service', 'cabinet', 'studio', 'mairie', 'administration',
      // A department by its name or its initials: `La DSI ne répond jamais`.
      'dsi', 'rh', 'comptabilité', 'compta', 'capitaine', 'équipage', 'courtier', 'courtière', 'notaire', 'syndic',
      'gestionnaire', 'propriétaires',
      // A business, a public body or a club is the people who run it, as an agency is: `La commune paie toujours en retard`.
      'entreprise', 'société', 'commune', 'municipalité', 'association', 'club',
      'utilisateur', 'utilisatrice', 'utilisateurs', 'utilisatrices',
      // The building and print trades, whose French names say a person (`imprimeur`, where `imprimante` is the machine).
      'imprimeur', 'imprimeuse', 'menuisier', 'menuisière', 'électricien', 'électricienne', 'plombier', 'plombière', 'peintre', 'maçon', 'carreleur',
      'sous-traitant', 'sous-traitante', 'transporteur', 'technicien', 'technicienne', 'installateur', 'installatrice', 'monteur', 'monteuse', 'vidéaste',
      // A production's crew.
      'producteur', 'productrice', 'réalisateur', 'réalisatrice',
      // The English roles French offices say as they are (`Votre PO a modifié …`).
      'po', 'pm', 'ceo', 'cto', 'cfo', 'cmo', 'coo',
      // Who is put in charge of something, as French offices name a role (`leur chargé de com`, `la chargée de projet`).
      'chargé', 'chargée',
      // Those on a stage and in a restaurant's room, as event and hospitality trades work beside them.
      'comédien', 'comédienne', 'acteur', 'actrice', 'musicien', 'musicienne', 'chanteur', 'chanteuse', 'danseur', 'danseuse', 'artiste', 'serveuse',
      'cuisinier', 'cuisinière', 'sommelier', 'sommelière', 'barman',
      // Those who run a venue and its events beside the freelancer: the stage manager, the decorator, the hostess.
      'régisseur', 'régisseuse', 'décorateur', 'décoratrice', 'animateur', 'animatrice', 'hôtesse', 'concierge', 'gardien', 'gardienne',
      'chauffeur', 'agent', 'agente', 'vigile', 'manager',
      // The family around a couple or a household client, as event and home trades meet them.
      'mère', 'père', 'mari', 'femme', 'époux', 'épouse', 'fiancé', 'fiancée', 'mariée', 'marié', 'sœur', 'frère', 'fille', 'fils', 'belle-mère', 'beau-père', 'parents',
    ],
    verbHelpers: [
      'suis', 'est', 'sont', 'était', 'étaient', 'été', 'a', 'ont', 'avait', 'avaient', 'avez', 'aviez', 'avais', 'avons', 'avions', 'étiez', 'étais', 'as', 'êtes', 'es', 'va', 'vont', 'peut',
      'peuvent', 'doit', 'doivent', 'ne', 'pas', 'plus', 'aussi', 'encore', 'vraiment', 'presque', 'quasiment', 'carrément', 'y',
    ],
    reporting: ['dit', 'disent', 'a dit', 'écrit', 'pense', 'pensent', 'pensait', 'trouve', 'trouvent', 'trouvait', 'explique', 'expliqué', 'affirme', 'affirmé', 'estime', 'estiment', 'mentionné', 'confirme', 'confirmé', 'précise', 'précisé', 'indique', 'indiqué', 'reconnaît', 'reconnu', 'admet', 'admis', 'assure', 'assuré', 'prétend', 'soutient'],
    ownMessageLeads: ['ma réponse', 'récap à envoyer', 'brouillon', 'mail à envoyer', 'courriel à envoyer', 'réponse à envoyer', 'projet de mail', 'projet de réponse', 'mail à', 'e-mail à', 'courriel à', 'message à', 'récap envoyé', 'récapitulatif envoyé', 'compte rendu envoyé', 'compte-rendu envoyé', 'mon récap', 'mon compte rendu', 'mon mail', 'mon e-mail', 'mon courriel', 'mon message', 'mon vocal', 'mon message vocal', 'mon sms', 'mon texto', "j'ai répondu", 'j’ai répondu', "j'ai écrit", 'j’ai écrit', 'réponse envoyée', 'courriel envoyé', 'mail envoyé', 'e-mail envoyé', 'message envoyé', 'je lui ai dit', 'je lui ai écrit', "j'ai dit", 'j’ai dit', "j'ai envoyé", 'j’ai envoyé', 'je lui ai envoyé', 'je leur ai écrit', 'je leur ai dit', 'je leur ai envoyé'],
    relatives: ['qui', 'que'],
    clauseOpeners: ['que', 'qu', 'puisque', 'comme', 'lorsque', 'quand', 'si', 'car'],
    compoundPersonNouns: [],
    // And the adjectives of what can still be done (`toujours faisable`, `toujours disponible`): a state that still holds too.
    participleEndings: ['é', 'ée', 'és', 'ées', 'u', 'ue', 'us', 'ues', 'i', 'ie', 'is', 'ies', 'it', 'ite', 'its', 'ites', 'able', 'ables', 'ible', 'ibles'],
    joiners: ['et', 'mais', 'ou', 'puis'],
    notNames: ['le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cette', 'ces', 'notre', 'mon', 'ma', 'il', 'elle', 'aujourd', 'hier', 'demain',
      // The words a sentence opens with before its subject, capitalised there: `Cependant vous n'avez jamais signalé ce contact`.
      'cependant', 'pourtant', 'toutefois', 'néanmoins', 'donc', 'or', 'ensuite', 'puis', 'alors', 'enfin', 'bref', 'sinon', 'car', 'ailleurs', 'contre', 'fait',
      'franchement', 'honnêtement', 'malheureusement', 'heureusement', 'finalement', 'également', 'notamment', 'surtout', 'déjà', 'pourquoi'],
    notNouns: ['à', 'au', 'aux', 'avec', 'sur', 'sous', 'dans', 'en', 'pour', 'de', 'du', 'des', 'par', 'chez', 'sans', 'vers', 'contre', 'entre', 'pendant', 'depuis', 'lors', 'dès', 'selon', 'malgré', 'auprès', 'envers', 'vis-à-vis', 'et', 'ou', 'mais', 'parce', 'quand', 'si', 'comme', 'que', 'aujourd', 'hier', 'maintenant', 'demain', 'là', 'là-dessus', 'ici', 'aussi', 'encore', 'toujours', 'jamais', 'vraiment'],
    negations: ['pas', 'ne', 'n’est', "n'est", 'nullement', 'aucunement'],
    elisions: ["n'", 'n’', "l'", 'l’', "j'", 'j’', "d'", 'd’', "qu'", 'qu’', "c'", 'c’', "m'", 'm’', "s'", 's’', "t'", 't’'],
    frequencyAfterVerb: true,
    capitalisedNouns: false,
    thirdPerson: { pronouns: [], verbEndings: [], verbs: [], notVerbs: [] },
  },
  recap: {
    subject: 'Compte rendu : {topic}',
    subjectDated: 'Compte rendu : {topic} ({date})',
    hello: 'Bonjour,',
    hi: 'Bonjour {names},',
    and: '{first} et {second}',
    thanks: 'Merci pour {what}.',
    thanksDated: 'Merci pour {what} du {date}.',
    channels: { 'in-person': 'notre rendez-vous', 'video-call': 'notre visio', phone: 'notre appel', email: 'vos messages', chat: 'notre échange par messagerie', other: 'notre échange' },
    agreed: 'Ce dont nous avons convenu',
    boundaries: 'Pour que les choses soient claires',
    groups: { me: 'Ce que je ferai', you: 'Ce que vous ferez', we: 'Ce que nous ferons ensemble', unassigned: 'Également convenu', named: 'Ce que fera {owner}', only: 'Prochaines étapes' },
    done: '{step} — fait',
    by: '{step} d’ici le {date}',
    due: '{step} (échéance : {due})',
    colon: '\u202f:',
    closing: 'Bien cordialement,',
    longDate: '{weekday} {day} {month} {year}',
    shortDate: '{day} {month} {year}',
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    firstOfMonth: '1er',
    tones: {
      'scope-change': {
        opening: 'Voici un récapitulatif de l’évolution du périmètre dont nous avons parlé, pour que nous ayons tous les deux la même trace.',
        closing: 'Je commence les modifications telles que décrites ici. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
      },
      'missed-deadline': {
        opening: 'Je n’ai pas livré à la date convenue, et je vous prie de m’excuser pour le désagrément que cela vous cause. Voici le nouveau planning dont nous avons convenu.',
        closing: 'Je vous tiendrai au courant de l’avancement du nouveau planning. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
      },
      'price-increase': {
        opening: 'Voici un récapitulatif de l’évolution de tarif dont nous avons parlé : son contexte, et ce qu’elle change pour notre collaboration.',
        closing: 'Je reste à votre disposition pour reprendre les nouveaux tarifs avec vous à tout moment. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
      },
      'budget-constraints': {
        opening: 'Merci d’avoir parlé ouvertement de votre budget. Voici ce dont nous avons convenu dans ce cadre.',
        closing: 'Si votre budget évolue, je reverrai volontiers le reste du travail avec vous. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
      },
      'unrealistic-expectations': {
        opening: 'Voici ce que nous avons convenu de faire avec le temps et le budget disponibles, pour que nous partagions les mêmes attentes.',
        closing: 'Si cela ne répond pas à vos besoins, dites-le-moi et nous reverrons les options ensemble. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
      },
      'quality-complaint': {
        opening: 'Merci d’avoir exprimé aussi clairement vos réserves sur le travail : cela m’aide à corriger le tir. Voici ce dont nous avons convenu.',
        closing: 'Je vous tiendrai au courant à chaque étape terminée. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
      },
      'invoice-dispute': {
        opening: 'Voici un récapitulatif de ce qui a été vérifié sur la facture et de la suite.',
        closing: 'Si quelque chose ne correspond pas à vos propres éléments, dites-le-moi et je regarderai cela de près.',
      },
      miscommunication: {
        opening: 'Nous avions compris certaines choses différemment ; voici ce sur quoi nous sommes désormais d’accord, pour partir de la même compréhension.',
        closing: 'Si vous lisez encore quelque chose différemment, dites-le-moi, pour que nous le réglions dès maintenant.',
      },
      'contract-termination': {
        opening: 'Voici un récapitulatif de ce dont nous avons convenu pour la fin de notre collaboration, afin que la passation soit claire pour nous deux.',
        closing: 'Merci pour le travail accompli ensemble. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
      },
      other: { opening: 'Voici un court récapitulatif de notre échange, pour que nous ayons tous les deux la même trace.', closing: 'Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.' },
    },
    reminder: {
      subject: 'Relance : {topic}',
      subjectDated: 'Relance : {topic} ({date})',
      agreed: 'Nous étions convenus de ce qui suit :',
      agreedDated: 'Lors de notre échange du {date}, nous étions convenus de ce qui suit :',
      step: '{step}, pour le {date}',
      ask: 'Pourriez-vous me dire où vous en êtes, et me proposer une nouvelle date qui vous convienne ?',
    },
  },
  fillInWords: ['À compléter', 'À remplir', 'À renseigner', 'À ajouter', 'À préciser', 'Compléter', 'Ajouter', 'Insérer', 'Indiquer', 'Décrire', 'Lister', 'Écrire', 'Noter', 'Préciser', 'Résumer', 'Expliquer', 'Renseigner', 'Remplir', 'Quoi', 'Qui', 'Quand', 'Comment', 'Pourquoi', 'Quel', 'Quelle', 'Quels', 'Quelles'],
  slotNames: ['date', 'jour', 'heure', 'nom', 'nom du client', 'client', 'société', 'montant', 'prix', 'tarif', 'taux', 'nombre', 'numéro', 'e-mail', 'email', 'téléphone', 'adresse', 'lien', 'échéance', 'délai'],
  fillInAfter: ['à compléter', 'à préciser', 'à confirmer', 'à définir', 'à venir', 'à remplir', 'à renseigner', 'à ajouter', 'ici'],
  pointerPhrases: ['voir ci-dessus', 'voir ci-dessous', 'voir plus haut', 'cf. ci-dessus', 'cf. plus haut', 'voir frontmatter', 'voir le frontmatter', 'dans le frontmatter', 'étapes dans le frontmatter'],
  remarkLabels: ['Commentaires', 'Commentaire', 'Remarques', 'Discussion'],
  taskGroups: ['à venir', 'prochainement', 'un jour', 'plus tard', 'en retard', 'boîte de réception', 'sans date'],
  placingWords: ['le', 'en'],
  // Not `de` alone: Belgian and Dutch names open with it (`De Smet :`).
  sourceLabels: ['depuis', 'copié de', 'copié depuis', 'copiés de', 'copiés depuis', 'collé de', 'collé depuis', 'exporté de', 'exporté depuis', 'export de', 'export depuis', 'extrait de', 'tiré de', 'repris de', 'issu de', 'issus de'],
  andWords: ['et'],
  orWords: ['ou', 'ou bien', 'sinon', 'à défaut'],
  // What an inserted section asks for, as the English prompts ask it, in the French templates' words.
  sectionPrompts: {
    preparation: '{{Les faits, le point de vue probable du client, le résultat que vous voulez, les options que vous pouvez proposer, les questions à poser}}',
    facts: '{{Ce qui s’est passé, en dates et en chiffres, sans jugement}}',
    clientPerspective: '{{Comment le client voit les choses, dans ses mots, le résultat qu’il souhaite, et ce que vous lui avez reformulé}}',
    boundaries: '{{Ce que vous pouvez faire et ce que vous ne pouvez pas faire}}',
    options: '{{Les options que vous avez mises sur la table}}',
    agreements: '- {{Ce que nous avons convenu, en une phrase que le client signerait}}',
    nextSteps: '- {{Quoi}} (responsable\u202f: {{moi ou client}}, échéance\u202f: {{AAAA-MM-JJ}})',
    privateNotes: '{{Pour vous uniquement}}',
  },
  preparation: {
    intro: '<!-- D’après vos notes précédentes avec {client}, au {date}. -->',
    lists: {
      signals: 'Signaux tirés des notes',
      mine: 'En attente de mon côté',
      theirs: 'En attente côté client',
      unowned: 'En attente, sans responsable',
      recaps: 'Comptes rendus non envoyés',
      agreed: 'Convenu lors des derniers échanges',
      boundaries: 'Limites posées lors des derniers échanges',
    },
    date: '{day}/{month}/{year}',
    note: 'note',
    recap: 'Compte rendu',
    due: 'échéance le {date} ({relative})',
    noDate: 'sans échéance',
    recapDue: 'à envoyer d’ici le {date}',
    days: { late: { one: '{count} jour de retard', other: '{count} jours de retard' }, today: 'aujourd’hui', tomorrow: 'demain', ahead: { one: 'dans {count} jour', other: 'dans {count} jours' } },
    span: 'du {from} au {to}',
    signals: {
      'recurring-scenario': { one: '{count} échange sur le thème «\u202f{scenario}\u202f» en {days} jours ({span}).', other: '{count} échanges sur le thème «\u202f{scenario}\u202f» en {days} jours ({span}).' },
      'late-commitments': {
        sentence: 'Sur {steps} du client, {late} et {overdue}.',
        steps: { one: '{count} prochaine étape datée', other: '{count} prochaines étapes datées' },
        late: { one: '{count} a été faite en retard', other: '{count} ont été faites en retard' },
        overdue: { one: '{count} a dépassé son échéance', other: '{count} ont dépassé leur échéance' },
      },
      'boundary-restated': { one: 'La limite «\u202f{boundary}\u202f» figure dans {count} note.', other: 'La limite «\u202f{boundary}\u202f» figure dans {count} notes.' },
      'payment-trouble': { one: '{count} litige de facturation en {days} jours ({span}).', other: '{count} litiges de facturation en {days} jours ({span}).' },
      escalation: { one: '{count} échange au cours des {days} derniers jours ({span}).', other: '{count} échanges au cours des {days} derniers jours ({span}).' },
    },
    scenarios: {
      'scope-change': 'Changement de périmètre',
      'missed-deadline': 'Échéance manquée',
      'price-increase': 'Hausse de tarif',
      'budget-constraints': 'Budget serré',
      'unrealistic-expectations': 'Attentes irréalistes',
      'quality-complaint': 'Réclamation sur la qualité',
      'invoice-dispute': 'Litige sur une facture',
      miscommunication: 'Malentendu',
      'contract-termination': 'Fin de contrat',
      other: 'Autre',
    },
  },
};

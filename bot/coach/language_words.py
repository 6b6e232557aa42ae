"""Content words of each language, drawn from the labelled corpus by
`python -m bot.language_words` (38696 examples; each word in 5+ examples of its
language and 6x more frequent there than in the other). Generated: edit the corpus,
not this file."""

FR_WORDS = frozenset(
    """
    0,03 0,24 0,3 0,34 1,2 1080x1920 10h 10h30 11h 14h 14h30 15h 15h30 16h 17h 18h 19h 1er 1ere 1re
    20h 21h 2e 35h 36xxx 3e 3h 4,2 4e 4h 4x3 5h 6e 6h 7h 7j 8h 8h30 9h 9h30 abdos abime abo abonne
    abonnee abonnees abonnement abonnements abonnes abord abribus absence absolument academie
    accepte acces accessibilite accessibles accession accompagne accompagnement accompagner accord
    accords accroche accroches accueil accueille accueillent accueilli accueillir accuse achat
    achats achete achetent acheter acheteur acheteurs achetez acquereurs acte acteur acteurs actifs
    actionnaires actions activer activite activites actrice actu adapte adaptee adherent adherente
    adherentes adherents adhesion adieu administration admission adn ado adore adorent adorer ados
    adresse adresses adversaire aere aeroport affaire affaires affichage affiche afficher affiches
    affine affinee affinees affiner affirme africain africaine africains afrique ag agee agees
    agence agences agglo agit agrandir agricole agriculteur agriculteurs agriculture aidants aide
    aidee aider aides aie ailleurs aime aiment aimer aimerais aimerait aimez aines aise ait ajoute
    ajouter ajoutes alcool alerte alertes algorithme alimentaire alimentaires alimente allemagne
    allemand allemande allemands aller allergenes allez allons allumee alors alpes alternance
    alternants alternatif alternatifs alternatives ambassadeur ambassadeurs ambassadrice
    ambassadrices ambiance ambiances ambitieux ame ameliore ameliorees ameliorer americain
    americains aminci amis amorcer amour amphi ampoule anachronique analyser analystes ancien
    ancienne anciennes anciennete anciens anecdotes anglais anglaise animale animateur animateurs
    animations animatrice animaux anime animee animees animent animer animes annee annees anniv
    anniversaire annoncant annonce annoncee annoncer annonces annonceur annonceurs annuel annuelle
    annuels annule anonyme anonymes anonymiser anonymises ans antenne anvers ao aout apero apparait
    apparaitre appareil appareils appart appartement appartements appartiennent appartient appel
    appele appeler appelez appelle appels appetit appli applique apportez apprend apprendre apprenti
    apprentie apprentis apprentissage appris approche approchent approuve approuvee aprem aquarelle
    arabe arbitre arbre arbres archi architecte architectes archives argent argumentaire arnaque
    arnaques arret arrete arreter arrets arriere arrivants arrivee arrivees arrivent arriver arrondi
    ars artificielle artisanale artisanat artiste artistes asie aspirent aspirer assemblee assez
    assistante assistantes asso associe associee associes assos assurance assure assures assureur
    astreinte astuce astuces asv atelier ateliers ats attache attaque attaquer atteint attend
    attendant attendent attendre attente aubin aucun aucune audioguide auditeur auditeurs auditif
    auditifs auditives augmente aujourd aupres aura aurais aurait autant auteur auteurs authentique
    automatique automatiquement automatiques automatiser automne autonomie autorisation
    autorisations autorise autorisent autorises autoroute autour autre autres autrice auxiliaire
    auxiliaires avaient avais avait avance avantages avc avenant avenir avent aventure avion avis
    avoir avoue avril aya ba bache bagues bailleur bain baiser baisse baisser bal balancer ballons
    banc bancaire bancaires bande bandeau banlieue banniere bannieres banque banques barbecue barbus
    bareme barometre barre barres barriere bas basique basse bassin bat batiment batiments battu
    baume bcp bd beau beaucoup beaute beaux bebe bebes beige belge belges belgique belle belles
    benali beneficiaires benetton benevole benevoles besoin besoins bete betise betises beton beurre
    biais bibliotheque bien bienfaits bientot bienvenue biere bieres bijoux bilan bilingue billet
    billets billetterie bizarre bizarres bjr blague blanc blanche blanches blancs bleu bleus bloc
    blondes blonds bloque bloquer blouse blouses boheme bois boit boite boites bon bonjour bonne
    bonnes bons bonsoir booste boostee boostees booster bord borne bornes bosse bosser botox bouche
    bouclage boucle boucles bouge bougent bougies boulanger boulangere boulangerie boulangeries
    boulangers boulot bourres bout bouteille bouteilles boutique bouton brainstormer branche
    brancher brande bras brasseur bravo bretagne bretonne bretons breves bricolage bricoleur briefer
    bronzes brouillon brule brulees brut bruxelles btp buche buches bullshit bureau bureaux buvette
    buzz cabane cabinet cache cadeau cadre cadrer cadres cagnotte cahier caisse caisses caissiere
    calcul calcule calculer cale calendrier caler camarades camion camions campagne campagnes canape
    canapes candidat candidats candidature candidatures canette canicule canne cantine capitaine
    capsules captation capteur capteurs captures capuche capuches caractere caracteres carbone
    cardiaque caricatural cariste caristes carnaval carre carreaux carrefour carrelage carriere
    carrieres carrousel carrousels cartables carte cartes carton cartonne cas casa casque casques
    cassandre casse casser categorie cathedrale cave caveau cb cci cdi cede ceder celebre celebrite
    celle celles cellule celui centaine centaines centenaire cereales ceremonie cerisiers cernes
    certaines certains certif certificat certifie cession cest ceux cgu cgv chacun chacune chai
    chaine chaleur chaleureux chambre chambres chameaux champ champs changeant changement changent
    changer chanson chansons chante chanter chanteur chanteuse chantier chantiers chapeau chapitres
    chaque chargee chargeur charte chatons chaud chauffage chauffeur chauffeurs chaussures cheffe
    chemise cher cherche chercher chercheur chercheurs cherchons chere cheres chers chevaliers
    cheveux chien chiens chiffre chiffrer chiffres chine chinois chiot chiots chirurgie chirurgien
    chirurgiens choisi choisir choisira choisis choisisse choisissent choisit choix chomage choque
    chorale chose choses chronique chroniques chu chute ci ciblage cible ciblee ciblees cibler
    cibles ciel cimetiere cine cinquantaine circulaire circule circulent citant citation citations
    citent citer citoyens civile clair clairement claires claque clash classe classement classer
    classes classique cle clermont cles clic clics cliente clientes climat clin clinique
    cliniquement cliniques clocher clonage clonee cloner cloture cnil coachs coche cocher codes
    codir coffre coffret coffrets coherent coherents coiffeuse coin colere colis collaborateur
    collaborateurs collaboratrice collaboratrices collant colle collecte collectif collectivite
    college collegiens collegue collegues collent coller colorectal colorisation coloriser com
    comedien comedienne comediens comex comite comm commande commandes comme commence commencer
    commentaire commentaires commente commercants commerciale commercialement commerciaux
    commissaire commu commun communaute commune communes communication communique communiques
    compagnie compagnons comparatif comparer compense competitif complement complements complet
    completement completer comportement compositeur comprehension comprendre comprends compris
    compta comptable compte compter comptes compteur compteurs concerne concernes concertation
    concession concessions concours concretement concu concue concurrence concurrent concurrente
    concurrentes concurrents condoleances conducteur conducteurs conduite conf confiance
    confidentialite confidentiel confidentielle confidentielles confidentiels confie configurateur
    confirme confirmer confitures conforme conformite confrere conge conges congres connais connait
    connecte connectes connu connue conseil conseille conseiller conseillere conseillers conseillez
    conseils consentement conservateur considere consignes conso consommateurs consommation consomme
    consommee consomment constructeur construit construite contactez contenir contente contents
    contenu contenus contexte contiennent contient continuer contractuelle contrainte contrat
    contrats contre contrefacon contribue contributions controle convaincre convertit convient coop
    cooperatif copiant copie copier cordialement corps correcteur corrige corriger corse cosmetique
    cosmetiques cosmeto costard costaud costauds cote cotisation coton coucher couches coucou
    couleur couleurs coulisses coup coupe couper coupes coupure cour courant coureurs courriel
    courriels courrier courriers cours courte courtes courts cout coute couv couvert couverts
    couverture couvertures couvre couvs cp cpf crains craint crea creas createur createurs creation
    creations creatrice creatrices creche creches cree creee crees creme creneau creneaux crise
    criteres critiques croient croire crois croise croises croissance croit croque croquettes
    croquis cse csp cuisine culturel cv cybersecurite cycliste daf danger danse dansent danseurs
    danseuses datent debat debordee debut decale decalee decaler decede decedee decedes decembre
    deces dechet dechets decider declarer declinaisons decliner deco decor decors decouvert
    decouverte decouvre decouvrez decouvrir decrire decrit decroche dedans def defaut defendre
    defenses defile defunt degre degustation dej deja dejeuner delai delais delegues demain
    demandant demande demandent demander demandes demandez demarche demarches dementi demi dentaire
    dentiste dentistes dents depart departemental departementales depasse depenses depistage deplace
    deplacee deplacement deplacements depliant deploie depose deposee deposer depuis derange dermato
    dermatologiquement dermatologues dermatos dernier derniere dernieres derniers derriere desactive
    desc descend descriptifs desolee desoles desormais dessin dessine dessinee dessinent dessiner
    dessines dessins dessous dessus detecte detectent detecter detecteur detecteurs detient
    detourage detoure detourer detourner deuil deux devant developpement developpeurs devenez
    devenir deviennent devient devine deviner devis devoir devons devra devrait dg dgccrf diabete
    diagonale diaporama differentes differents difficulte diffuse diffusee diffusees diffuser
    diffuses digitale dimanche diplome diplomee diplomes dira dirait dire direct directe directement
    directeur directeurs direction directrice directrices dirigeants dis disait disant discours
    discrete discutent dise disent disparait disparu dispo disponible disponibles distillerie
    distrib distribue distributeur distributeurs distribution dit dites diverses diversifies
    diversite dix dizaine dizaines docteur doctolib doigts dois doivent domaine domicile donateur
    donateurs donnant donne donnee donnees donner donnes dons dos dossier dossiers douala doublage
    doublee doubler douce douceur douche douleur douleurs doute douzaine dp drapeaux drh droit
    droite droits drole ds dsi dubois dujardin duo durabilite durable durand dure duree dynamique
    dynamiques eau eaux ecart echange echanges echantillon echantillons echelle ecogestes ecole
    ecoles ecolo ecologique ecologiques economie economies economise economiser ecoresponsable
    ecoute ecran ecrans ecris ecrit ecrite ecrites ecrits ecriture ecrive ecrivent edf editeur edito
    editoriale efface effacer effet effets efficace efficacite egalite egerie eglise ehpad
    electorale electricite electrique electriques electronique elements eleve eleves eleveurs
    elimine elu elue elus emailing emballage emballages embauche embellir emet empeche empecher
    emploi emplois employe employes employeur empreinte encadre encadrer encart enceinte enceintes
    encore energetique energie energivore enfance enfant enfants enfin engagee engagements engages
    enjeu enjeux enleve enlever enorme enormement enquete enregistre enregistrees enregistrement
    enregistrements enregistrer enregistres enseignants enseigne ensemble ensuite entend entendu
    entier entiere entierement entoure entraine entrainement entrainent entrainer entree entrees
    entrepot entreprise entreprises entretien entretiens envers envie environ environnement
    environnemental envisage envisageons envoi envoie envoient envois envoye envoyee envoyees
    envoyer envoyes envoyez enzo eolien epargne epicerie epilation epingles epoque equipe equipes
    erreur erreurs espace espagne espagnol espagnole especes esprit essai essais essayage esthetique
    estimations estime estimer etablissement etablissements etaient etais etait etape etapes etat
    etats ete etendre etes ethique etiqueter etiquette etiquettes etoile etoilee etoiles etranger
    etrangers etude etudes etudiant etudiante etudiants euh euromillions europeen europeenne
    europeennes eux evaluation eveil evenement evenementielle evenements evidemment evident evin
    evite eviter eviterait exacte exactement exagere examen exception exclusivite excuse excuses
    exemplaires exemple exemples exercices exige exigee exiger existe existent expertise explicative
    explique expliquer exploitation exporte exporter exposants exposer express exterieur extraire
    extrait extraits fabricant fabrique fabriquee fabriquees fac facetune facile facilement facon
    facteur facture factures faible failli faim fais faisant faisons faite faites faits falc fallait
    familial familiale famille familles farine fasse faudrait fausse fausses faute fautes fauteuil
    fauteuils faux fede felicite feminin feminine femme femmes fenetre fera ferait ferme fermee
    fermes fermeture fete feter feu feux fevrier fiable fiables fibres fiche fichent fiches fichier
    fichiers fictif fictifs fictives fidele fideles fidelite fier fiere fiers fierte figurants fil
    filer filiale filiales filiere filigrane fille filles filme filmee filmees filmer filmes fils
    filtre filtres fin finale finalement finalistes financement financier financiers finaux fini
    finir fiscale fixe flacon flacons flamand flandre fleuri fleuriste fleurs flotte flou floues
    floute flouter fluide foire fois foncee foncees fonction fond fondateur fondateurs fondation
    fondatrice fonde fondee fonds font forcement foret forets forfait formateur formation formations
    formatrice forme formes formulaire formulation formule formuler formules fort forts fou foule
    foules fourni fournil fournisseur fournisseurs fournitures foyers fragiles frais francais
    francaise francaises franchement franchises fraude freelances frequence frequent frequentation
    frequentes frere fresque frigo frise froid fromage frugale fruits fuir fuite funeraire futs
    futur futurs gaffe gagnant gagnante gagnantes gagnants gagne gagner gagnez galere galerie gamins
    gamme garanti garantie garanties garantis garantit garcons gardant garde gardent garder gardien
    gardiens garnier gars gaspi gateau gateaux gaz gazette geant geants geek gelules genant gene
    generale generateur generatif genere generee generees generes generique generiques geneve
    geniale genre gens gerant gerants gere ges geste gestes gestion gilet girafes glaces glossaire
    gms gobelets gomme goodies gourde gourdes gourmand gout goute gouter goutte gouttes grace
    grammes grande grandes grandeur grands graphique graphiques graphiste graphistes gras grattage
    gratuit gratuite gratuits grave gravure greve grille griller grilles grippe gris grises gros
    grosse grossesse groupe groupement groupes guerre guidant gymnase hab habitants habitation
    habitudes habituel habituelle handicap handicapee harcelement harmoniser harnais hasard hausse
    haut hebdo heberge hebergee hebergement heberges hein helloasso herisson heritiers heros hesite
    heteros heure heures heureuses heureux hibou hier histoire histoires historique historiquement
    hiver hlm hommage homme hommes honnete honnetement honorer hopital horaire horaires hors hotesse
    hotesses hui huile humain humaine humains humoristique humour hymne hypoallergenique ia ici
    icones ideale idealement idee idees identique identite ifop ile illu illus illustrateur
    illustratrice illustre illustree illustrees illustrer illustres imige imite imitee imiter
    immeuble immeubles immo immunite impayes imperfections importateur importe impose imposer impot
    impots impression imprime imprimee imprimer imprimeur inactifs inauguration inaugure incendie
    inclus incluse inclusif incroyable incruste inde indemnisation independant indique indiquer
    industriel infantile infirmier infirmiere infirmieres infirmiers influence influenceur
    influenceurs influenceuse influenceuses infographie infographies infolettre informer infos inge
    ingenieur ingenieure ingenieurs inondation inondations inpi inquiete inquieter inscription
    inscriptions inscrire inscrites inscrits inspirant inspire inspirer inspires installation
    installe institut institutionnel insulte integre integrer intelligence intelligente intention
    inter interdiction interdire interdit interet interieur interieurs interimaires internationale
    interne internes interpelle interroge interroger intervenants intervention interventions
    interviewe introuvable inventaire invente inventee inventer inventes inverse investir
    investissement investisseurs inviter ira irlande irritants issu issus italie italien italienne
    jai jamais janvier japon japonais jardin jardinage jardins jaune jaures jean jeu jeudi jeune
    jeunes jeunesse jeux joconde johnny joignable joli jolis josiane jouable joue jouent jouer joues
    jouet jouets joueur joueurs jour journal journaliste journalistes journee journees jours joyeux
    jpeux jpo jsp jsuis jt juillet juin juliette jullien jumeau jumeaux jura juridique juridiquement
    juridiques jus jusqu juste justes justificatif jvais jveux kakemono kakemonos karine ke kermesse
    kevin ki kimono kine labo lac lache laisse laissent laisser laissez lait lampe lance lancement
    lancer langage languagetool langue langues lanternes laquelle lave lecon lecteur lecteurs
    lectrices lectures legale legalement legales legende legendes leger legere legerement
    legislatives legumes leman lent lentilles leo leon lequel leroy lesquelles lesquels lessive
    lettre lettres levee levier leviers levres liberte libre librement libres lien liens lieu ligne
    lignes ligue lilas limite limitee limiter limites linge lire lisbonne lise lisent lisible
    lisibles lisse lissee lisser liste lister listes lit livrables livraison livraisons livre livrer
    livres livret livreur livreurs locale locataire locataires locaux logement logements logiciel
    logistique loi loin londres longtemps longue lorient lors loto louche lourd lsf lu luchini lucie
    lues lui lumiere lumineux lundi lunettes lus lutins luxe lycee lyceens madame madras magasin
    magasins maghreb magique mai mail maillot maillots mails mains maintenant maintenu maire maires
    mairie mairies maison maisons maitre maitres maitrise mal malade malades maladie maladies
    malentendants malgre malo malvoyants maman mamans mamie mamies mandat mange maniere manif
    mannequin mannequins manon manque maquette maquettes maquillage marche marchent marches mardi
    margaux marges mari mariage mariages mariee mariees maries marion maroc marocaine marquage
    marque marquer marques marraine mars marseillais mascotte mascottes masculin masque masques
    masse matchs materiaux maternelle maternite matin matinale mauvais mauvaise mdd mdr mec
    mecanicien mecontents mecs medecin medecins mediametrie medias mediatheque mediatheques medicale
    medicales medicaux meeko meilleur meilleure meilleures meilleurs melange membre membres meme
    memoire menace menaces menage mensuel mensuelle mentale mentionne mentionner mer merci mercredi
    mere meres merite merlin mesdames messieurs mesure met metadonnees meteo methode metier metiers
    metrage metropole mets mettant mette mettent mettra mettrait mettre metz meuble meubles meuf
    mexique mi midi miel mien mieux mignon milieu militant militante militants mille millesime
    millet milliards millions mince minces minceur mineurs miniatures ministere ministre minuit mis
    mise mises missions mixte mme mobilier mobilite moches modele modeles moderne moderniser modifie
    modifiee modifier moi moins mois moitie monde mondial mondiale monique moniteur moniteurs
    monsieur montage montages montagne montant montants monte montee monter monteur monteurs
    montrant montre montrent montrer montres montreuil montures morceau morceaux morphologies mort
    morts mosaique mot moteur motif motifs motive moto mots moulin moussa mouvement moyen moyenne
    municipale municipales mur musee musical musiciens musique musiques mutualiste mutuelle
    mutuelles myheritage naissance nakamura nappes natif natifs nationale naturel naturelle
    naturellement naturelles naturels navigation nb nee neerlandais negatifs negligeable nego
    negocie negos neige neobanque nettoyage nettoye nettoyer neuf neutre neutres ni nickel nique
    niveau noel noir noires noirs nom nombre nombreux nommer noms non nord normalement normandie
    notaire noter notres nourri nourrir nouveau nouveautes nouveaux nouvel nouvelle nouvelles
    novembre noyade nucleaire nuit nul nulle num numerique numero numeros objectif objet objets
    obligatoire obligatoires oblige obliges obseques obtenir obtenu occasion occupation occupe
    octobre oeil oenotourisme offert offerte offerts officiel officielle officielles officine
    officines offre offres offrez oms ong ongles ope operateur operateurs operation opposer opticien
    optimise optique oral ordinateur ordonnance ordre organise organisee originale originales
    origine origines orthographe oublie oublier ouest oui outil outils ouvert ouverte ouvertes
    ouverture ouvrage ouvre ouvrent ouvrier ouvrieres ouvriers ouvrir ovh pac paie paiement paire
    paires panier panne panneau panneaux papa papas papier papiers papis papy paques paragraphe
    parait parapharmacie parc parce parcours pardon pareil pareilles pareils parfait parfaite
    parfaitement parfaites parfaits parfois parfum parieurs parlant parle parlent parler parmi
    parodie parodique parole paroles parrainage pars partage partagees partagent partager partagez
    partant partante partenaire partenaires partenariat partenariats partent parti participe
    particulieres partie partir partis partout passage passagers passages passant passe passee
    passees passent passer passez passionne passionnee passionnes pasteur pates pathologie
    pathologies patiente patientes patrimoine patron pause pavillon payant payante payantes paye
    payee payees payer payes paysage paysages paysans pb pdg peau peaux pedagogique pedagogiques
    pediatrie peine peinture peluches penaliser pendant pensais pensait pense pensent penser penses
    pensez perd perdent perdre perdu perdue pere peres periode permanence permet permettent permis
    perso personnage personnages personnalise personnalisee personnalisees personnaliser
    personnalises personnalite personne personnel personnes persos perspectives perte pese pesquet
    pesticides petit petite petites petits peu peuple peur peuvent peux pharmacie pharmacien
    pharmacienne pharmaciens photocopieuse photographe photographes photographier photographies
    phototheque phrases physique pictos pied pieds pierre pilote pilotee pilotes pique pirate pire
    pis piscine pistes pizzas pk places plage plages plaidoyer plainte plaisir plait planche
    planches planete planifier plannings plante plantes plaques plaquette plastique plat plateau
    plateforme plats plein pleine pleure plombier plu pluie plusieurs plutot plv pme pmr pnc pnj
    pochette poids poilus poisson pole polemique politique politiques pollue polonais pomme pompe
    pomper pompes pompier pompiers ponde pondre pondu pondue pont populaires portail porte portee
    portefeuille portent porter portes porteurs portugais pose posee posees posent poser poseurs
    posez positif positifs possede possibles postale postales poste postee postees postent postes
    pot potable pote poteau potes poubelles pourra pourrait pourront pousse pousser poussette
    pouvait pouvez pouvoir pouvons powerpoint pr pratique pratiques precautions precis precisant
    precise preciser precision predire predit preelectorale prefere preferee preference preferent
    preferes preferez prefet premier premiere premieres premiers prend prendre prends prenez prenne
    prennent prenom prenoms preparateurs preparation prepare preparer pres preselectionner presence
    presentateur presentatrice presente presentee presenterait presentes presidente presidentielle
    presque presse pressee presta prestataire prestations pret prete prets preuve prevenez prevenir
    prevention prevenu prevenus previent previsionnel prevoir prevois prevoit prevoyance prevoyez
    prevu prevue prez primaire primes primo principale principe printemps prioritaires priorite pris
    prise prises prive privee prives prix probabilite probleme problemes prochain prochaine proche
    proches prod producteur producteurs produire produit produits profession profil profilage
    profils profiter profitez profs programmer programmes progres progresse projet projeter projets
    promesse promet promis promoteur promouvoir prompte prompter propos propose proposee proposer
    proposition propositions propre propres proprietaire proprietaires propulse propulsee
    prospection protege proteger proteines prouve prouvee prouver proximite pseudo pseudos pu pub
    publi publication publications publics publie publiee publiees publient publier publies publique
    publiques pubs puis puisque puisse pur pushs pv qd qq qqch qqn qr qualiopi qualite quand
    quarantaine quartier quartiers quasi quatre quebecoise quelque quelques questionnaires quimper
    quincaillerie quinzaine quitte quotidienne raccourcir raconte racontent raconter raison
    raisonnable raisons rajeuni rajeunir rajeunit rajoute rajouter rale raler rame ramenez rando
    randonneurs ranker rapide rappel rappeler rappelle rappels rappeur rapport rapports rassurante
    rassurer ravie ravis rayon rdv reagir realisations realise realisee realisees realiste realistes
    realite rebours recadre recente recette recettes recharge recharger recharges recherche
    recherches recherchons reclamation reclamations reclame reco recoit recommandations recommande
    recommandee recommandent reconnaissable reconnaissables reconnu reconstitue reconstituer
    reconstitution recours recree recreee recreer recrues recrute recrutement recruter recruteur
    recruteurs rectorat recu recueillis recues recupere recuperer recus recyclage recycle redac
    redacteur redacteurs redaction redactions redige redigee redigees rediger rediges reduction
    reduire reduisent reduisez reduit reecrire reecris reecrit reecrite reecrites reecrits reecrive
    reelle reelles refaire refais refait referencement reflets reflexes refonte reforme reformule
    reformulee reformuler reformules refroidir refuge refugies refus refuse refusent refuser
    regardant regarde regardent regarder regenere regenerent regenerer regie regimes regionale
    regionales registre reglage reglages regle reglement regles rehabilitation reine rejoignez
    rejoindre rejoins rejoint relaie relais relance relancer relances relation relayer relecture
    releve releves relira relire relis relise relit relu relue relues relus remarque remarques
    rembourse remboursement remboursements remercie remerciement remet remettre remise remixer
    remonte remonter remplace remplacer remplacera remplir remplissage remplit remuneration remunere
    remuneree rencontre rencontrer rencontrez rend rendement rendent rendez rendre rendu rendus
    renforce renforcent rennes renouvellement renovee rentre rentree renvoie renvoyer reouverture
    repare repart repas repayer repere reperer repond repondants reponde repondent repondeur
    repondra repondrait repondre reponds repondu reponse reponses reportage reposte reposter reprend
    reprendre reprends reprenne reprennent representatif represente representent representer repris
    reprise reproche requete requetes reseau reseaux reservation reserve reservee reserver reservez
    residence residences residente resiliation respecte respecter responsabilite responsable
    responsables ressemble ressemblent ressort ressortir restants restauration reste restent rester
    resto restos resultat resultats resume resumer resumes retard retards retire retirer retouche
    retoucheur retour retours retrait retraite retraitee retraites retranscrire retravaille
    retravaillee retravailler retroplanning retrouve retrouver reu reunion reunionnais reunions
    reussi reussite reutilisables reutilise reutiliser reve revendre revenu revenus reviennent
    reviens revient revisitee revivre revolution revue rgaa rgpd rh rhum rice riche rides rien
    rigoler rigolo rire risque risques riverains riviere robe robuste rodez romans rond ronde rouge
    rouges roulant roule roumain routier routiere routiers roux rp rse rssi ruban rubrique rue rues
    rupture rushs rythme sac sachant sacs sage sainte sais saison saisonniers saisons sait salaire
    salaires salariale salarie salariee salariees salaries salle salles salon salue salut samedi
    samedis sandrine sante sapin sapins sari satisfaits sattouf sauf saura saute sauvage sauve
    sauver sav savais savane savent saveurs savez saviez savoir scanne sciences scientifiquement
    scientifiques scolaire scolaires scorer se seance seances secheresse secondaire secondaires
    seconde secondes secouristes secours secretaire secretariat secteur sections secu securite
    segmente segmenter sein seisme sejour selection selectionne selon semaine semaines semble
    semestriels seminaire sempe sens sensibilisation sensible sensibles sentent septembre serai
    seraient serait serenade serez serie serieux seront serre sers sert servent serveur serveurs
    servi servir seul seule seulement seuls sexe shampoing shoote shooting shootings si siecle siege
    signale signalement signaler signales signataires signe signee signees signent signer signera
    signes silhouette silhouettes simplement simples simulateur simule simulees simuler simules
    sinistres sinon sirop slt smartphone sncf sobre sobres sobriete sociale sociaux societaires
    societe soi soient soignant soignante soignantes soignants soigne soigneurs soin soins soir
    soiree soirees soirs soit soixantaine solaire solaires soldats solde soldes soleil solidaire
    solidarite solide solution sommeil sommes sondage sonne sons sors sort sortant sorte sortent
    sorti sortie sorties sortir sortis sosie souci souhaite souhaitons souk sourds souriant
    souriante souriantes souriants sourient sourire sourires sourit soutenir soutien soutient
    souvenirs souvent soyez speciale speciales specifique spectacle spectacles spectateurs sponso
    sponsorise sponsorisee sponsorisees sponsoriser sponsorises sportif sportifs sportive stade
    stagiaire stagiaires stationnement stations sterilisation stickers stocke stockees stocks stp
    strategie strategique strictement structurer styliser subvention succession sucre sucres sud
    suede suffisant suffisent suffit suggere suis suisse suisses suivi suivre sujet sujets
    supermarche suppose supprime supprimer surement surpoids surtitres surtout survet survit sushis
    svp sympa symptomes synchro syndicat syndicats synthese syntheses synthetique synthetiques
    systematiquement systeme t2 t3 tableau tableaux tablette tableur tablier tache taches taf tague
    taille tailles tailleur talents tant tantot tape tapis tard tarif tarifaire tarifs taux taxe tdm
    te technicien techniciens technique techniquement techniques technologie teint teinte teintes
    tel tele teleconsultation telephone telephones telephonique teletravail telle telles tels
    temoignage temoignages temoigner temoin temoins tempete temps tendance tendances tenir tenue
    tenues termes termine terrain terrasse terre territoire teste testee tester tete texte textes
    thibault tiennent tient tigre tilleuls tique tirage tirages tire tirer tissu titrage titre
    titrer titres titulaire toi toit tombe tomber tombola tot totale totalement touche toucher
    toujours tourisme touristes touristique tournage tourne tournee tournees tournent tourner
    tournicoti tournoi toxines tpe tract tracts trad traditionnelle traducteur traducteurs
    traduction traductions traduire traduis traduit traduite traduites trafic traine traite
    traitement traitements traiteur trajet trajets trame tranche trancher tranquilles transcriptions
    transcrire transcris transcrit transforme transformee transformer transmet transmets transmettre
    transmission transmissions transparence transporteur transports travail travaille travailler
    travailleurs travaux traverse trentaine trentenaires tresorier tri tribune trie trier trimestre
    trimestriel triste tristes trois trombinoscope trompe trompeur trop trottinette trottinettes
    troubles trouve trouvee trouvees trouvent trouver trouves truc trucs tt tube turc tuto tutos tva
    typique typiquement typiques ue ultra ulule uniforme uniquement unis unite universite uns
    uploade uploader ur urgence urgences usa usagers usages usine usines utile utilisait utilisateur
    utilisateurs utilisation utilisatrice utilise utilisee utilisent utilises utilisez utilisons
    uvre uvres ux vacances vaccin vaccins vache vaches vais valable valentin valeur valeurs
    validation valide validee validees valider valides validez vanille vanne vannes vante variantes
    variee variees varient varier varies vaut vehicules veille velo velos vend vendanges vendangeurs
    vendeur vendeurs vendre vendredi vends vendu vendues vendus venez venir venise vente ventes
    ventre venu venus verger verifie verifier verifies verite verra verre verres vers vert verte
    verts vetements veterinaire veto vetos veulent veut veuve veux vf victime victimes vidal vide
    vides vie vieille vieilles vieillir viennent viennoiseries viens vient vierzon vieux ville
    villes villeurbanne vin vingt vingtaine vins vire virement virer virginie virtuel virtuelle
    virtuels visage visages vise visibilite visibles visio visios visite visites visiteur visiteurs
    visuel visuelle visuels vitamines vite vitrine vitrines vivant vivent vivre vocal vocale vocales
    vocaux voeux voici voie voient voila voilee voilees voir vois voisin voisins voit voiture
    voitures voix vol volant volontaire volontaires vols votez voudrais voudrait voudrions voulais
    voulait vouloir voulons voyage voyageur voyageurs voyez vrac vrai vraie vraies vraiment vrais vu
    vue vues wallonie webinaire webinaires wolof xixe ya yanis yaourt yaourts yeux youtubeur zones
    """.split()  # noqa: SIM905
)

EN_WORDS = frozenset(
    """
    0.24 0.3 1,000 1,200 1,500 1,800 1.2 1.5 10,000 100x 10am 12,000 14th 150th 15th 1920s 1930s
    1940s 1950s 1960s 1970s 1990s 19th 1k 2,000 2,400 2.3 25k 28th 2k 2m 2nd 2pm 3,000 30s 3pm 3rd
    4,000 4.3 404s 4pm 5,000 50,000 50th 5pm 60s 6pm 6s 7am 7pm 8,000 80k 8am 8k 8s 99.9 9am 9k
    abandoned able above abroad abstract academy access accessibility according account accountant
    accounts accuracy accurate acme across activist activists activity actor actors actress actual
    actually ad adapt adapts add added adding address addresses adds ads advertiser advertising
    advice adviser advisers advisor advisors advisory affected africa african after afternoon
    afterwards again against aged ageing agencies agency aggregated agm ago agree agreed agreement
    ahead ai aids aimed airdrop airline airport alcohol alert alex algorithm alike alive allergen
    allergens allow almost alone along alps already altered altogether always am amazing ambassador
    ambassadors amount amounts analysis analyst angry animals animate animated animating anna annex
    annie anniversary announce announced announcement announces announcing annual anonymised
    anonymous anonymously another answer answered answering answers anthem antwerp anxiety anything
    anytime anyway anywhere apac apology app appeal appear appears applicant applicants applications
    applies apply applying appointment apprentices approval approve approved approves approving apps
    april arabic area aren arms around artificial artist artists artwork as asa asian ask asked
    asking asks aspirational assembly assessment asset assist assistance assisted ate attached
    attenborough attendance attendee attendees aug august authentic author authority automated
    automatic automatically autumn ava availability available average avoid award awards awareness
    away babies baby back background backgrounds backing backlash bag baker bakers bakery ballpark
    ban band bank banking banned banner banners based basically batch battery bc beach beaches beard
    beat beautiful beauty became because bed bedtime beer before behind being belgian belgium
    believe below ben beneficiaries benefit benefits best beta better betting between bias bid big
    bigger biggest bike bilingual bill billboard billboards billing bills bin birth birthday
    birthdays bit bits blender block blocked blocking blocks blossoms blue blur blurb blurbs blurry
    board boats bodies body boiling book booked booking booklet books boost boosted boosts booth
    boots border borrow both bottle bottles bottom bought bound boxes boys br branch branches brand
    branded brands brazil brazilian breach break breakfast breaking brewery brian briefing
    brightside bring bringing bristol british brittany bro broadband broadcast brochures broke
    broken brother browsing brussels btw buddy budgeting build building buildings builds built bulk
    bullet bullets bumper bunch bundle burns buses busy button buy buyer buyers buying buys cake
    calendar call called callers calling calm came camels campaign campaigns canadian cancel
    cancelled candidates candle candles cannot canteen caps captain caption captioned captions
    carbon card cardboard cards care career careers cares caring carnival carousel carousels carry
    cars cart case cast castle catch catchy category celebrating celebrity centenary century ceo
    cereal certificate certified cfo cfos chain chair chairman changed changelog changes changing
    channels chapter character characters charging charity chart charter charts cheaper cheapest
    check checkbox checked checking checks cherry chief child children chinese choice choose
    choosing christmas circulating cited cities citizens city claims class clay clean cleaned
    cleaner cleaning clear clearer clearly clicks climate clinic clinical clinically clinics cloned
    cloning close closed closes closing closure clothes clue cluster cmo coaches cohort coins cold
    collagen colleague colleagues color colour colourise colours column come comes comic coming
    commentary comments commercially commissioner commitment committee common comms communications
    companies company compared comparison competition competitor competitors complained complaint
    complaints compliance compliant composites concerns confidential confirm confirmed confused
    congrats congress connect connected consent considering consistent consumer consumers contains
    contest context contract contracts control converts cooking copied copies copy copying copyright
    copyrighted copywriter cork corner cosmetics cost costs cotton couldn council councillor count
    countdown counter counting countries country counts county courier cover coverage covered
    covering covers cows craft crafted crazy cream created creating creative creatives creator
    creators crew crews cringe crisis crisps crossed crowd crowds crying cs csr csv cup curated
    cures curious current curvy custom customer customers cut cute cuts cutting cvs dad daily dairy
    damage dancing danish darker data database dating daughter david day days dead deadline deaf
    dealer dealers dealership dean dear debate december decent default defensible degree delay
    delete deleted deliver deliverables delivered delivering delivers delivery denoise dental
    dentist department dermatologically dermatologist dermatologists describe designed designer desk
    detect detector developer diary didn died differ different differently digest digitally dinner
    directly director directors disabilities disability disabled disclaimer disclose disclosing
    disclosure discount discover discovery discuss disease distributor distributors diverse
    diversity dms doctor doctors documentary doesn dog dogs doing domain don donate donation donor
    donors door down download dozen draft drafted drafting drafts drawing drawings drawn dream dress
    drink drinks driven driver drivers driving drop dropped dropping drops drought dry dub dubbed
    dubbing dublin due dump during dutch duty dynamic earbuds earn earnings earth easiest east
    easter easy eating ed edge edit edited editing editor edits effects either election electricity
    else email emailed emails embargoed emergency emits emotional employee employees employer empty
    ended endorsing ends energetic energy engine engineer engineering engineers english enhanced
    enough enthusiasm entire entirely entries entry environment environmental eod error errors esg
    esports estate estimate estimated ethical ethnicities european even evening events ever
    everybody everyone everything everywhere evidence exactly exam examples excerpt exchange
    exclusivity exco exec exhibition exhibitor exist exists exit exotic expand expect expense
    expires explain explainer explainers explaining explains exported exporting exposed extend
    external eyes faces facing fact factory facts faculty fair fake fall fam families family famous
    fancy faqs far fare farm farmer farmers fast faster fastest father favourite feature featuring
    feb february fed feed feedback feeding feel feels fees fell female fertility few fewer fictional
    field fields figure figures files fill filled fills filmed filming filter filters finalists
    finally financial find finder findings finds finished finnish fintech fire firm first fish fits
    five fix fixed fixing flag flagged flags flat flavour flawless flea fleet flemish flight flights
    flood flooded floor flow flu fly flying foam folks follow followers food fools footage football
    footballer footer footprint forced foreign forever forget form forms formula formulas forward
    forwarding found foundation founded founder founders founding four fox fragrance frail frame
    frames framework franchisees frankfurt fraud freelancer freelancers freeman french fresh friday
    fridge friend friendly friends front fuel full fully fund funded funding fundraising funds
    funeral funny furniture fyi g2 gadget gallery game gameplay gap garden gas gate gave gdpr gear
    gen genai gender gendered generated generates generating generator generators generic geneva
    german germany gets getting ghent ghostwritten gift gifts girl girls give given gives giving
    glasgow glasses glossary glowing gm go goal goes going gold gone gong gonna gorgeous grab grad
    graduate grammar grammarly grandma grandparents grant graphic graphics green greener greenest
    greeting grew grey grid ground group groupgpt grow growing grumpy guaranteed guarantees guardian
    guess guest guests guidance guideline guidelines guilt gulf gummies guy guys gym habit haiku
    hair haired half hand handle handles handling handmade hands handy happen happened happening
    happens happy harbour hard harvest hasn hassle hat hate hates hats haven having head headcount
    header headline headlines heads headset headshot headshots heals health heard hearing heart heat
    heavy helpdesk helped helper helpful helping helps heritage hero heroes hers herself hi high
    higher highlight highlights hijab him himself hire hired hires hiring historical historically
    history hit hits hmm hold holders holding holds holiday holidays homepage homes honest honestly
    honey hoodies hook hope hospital host hosted hostess hosting hosts hot hour hours house
    household housing hq hr huge human humans hungry hurry hurt husband huts hybrid hype
    hypoallergenic icon icons idea ideas identical ids if ig illustrate illustrated illustrative
    illustrator imagery imagined immune immunity improve inbox incl include included includes
    including income indemnify indemnity india indian induction industry influencer influencers
    infographic input inside insight insists inspired install installed instantly instead
    instructions instructor insurance insurer intake interest interior intern internal internally
    interns intl introduce intros invent invented investment investor investors invoice invoices
    involved ip ireland irish ish isn issue issues italian italy items itself jacket james jammed
    jan january japan japanese jersey job join joined joining joins joke journalist journalists
    journey juiciest july june justify karen keen keep keeper keeping keeps kenya kept kettle
    keynote keys keyword keywords kick kickoff kickstart kid kids kill killing kills kind kinda kiss
    kitchen kiwiz knee know known knows kol korean krakow kusama kyoto lab labelled labelling labels
    ladies lads lady lake lamp land landed lands landscape landscapes lane language languages
    lanterns lapsed laptop last late later latest laughing launch launched launches launching law
    lawyer layoffs layout lazy lead leadership leading leaflet leaflets leaked learn learned least
    leather leave leaves leeds left leg legacy legal legally leibovitz less lesson lessons letter
    letters letting level levels liability liable library license licensed licensing life lifestyle
    lift lifts light lighter lighting lightly lights like liked likely limit limited line liner
    lines link links lions lipstick lisa lisbon list listened listener listeners listing listings
    lists literacy literally little live lives livestream living ll lmao loads loan lobby localise
    localised localising locally locals locations lock log login logistics logs lol london longer
    look lookalike looked looking looks loop loops loosely lose loss lost love loved lovely loves
    low lower lowest loyalty luna lunch luxury lyrics maker makes making male man manchester mandate
    mandatory manual map marble march margin mark marked market marketers markets mascot mass
    matchday matches matchmaking material materials maternity matter matters mattress may maybe
    mayor meal mean means meant measure medium meet meeting meetings meh melting member members
    membership memo memorial memory men mentioned mentioning meps merge merger messaging messy
    metadata method mexico mia mic microsite middle midnight might milk mill mind mine minister
    ministry misleading miss missed missing mistakes mixed mobility mock model models modern mom
    moms mona monday monitor monitoring month months mood more morgan morocco mortgage most mostly
    mother move moved moving mt mum mumbai mums museum music must mutual myself myth name named
    names naming narrate narrator native natives natural naturally navy near needed negative
    negligible neighbourhood nervous network neutral never new newest news newsroom next ngo ngos
    nicer nigeria night ninja nobody noise none noon nordic normandy norway norwegian noted
    notetaker nothing noticed notification notifications november now nuclear nudge number numbers
    nurse nursery nurses nursing oak oat objects obviously ocean october oem offer offered offers
    officer officers offices official offset offsets offsite oil okafor old older olds once one ones
    online onto ooh op open opened opener opening opens operators opponent opposing ops opted
    optimised options order orders org organic original other others otherwise ours ourselves out
    outage outbound outfit outfits outline output outputs outreach outside over overblown overlay
    overnight overs overthinking owe own owned owner owners owns paced package packages packed
    packing painted painting pair pairs panels paper papers paperwork paragraph paranoid parental
    parisian park parody partly partner partners partnership party passed passenger passengers
    password past paste pasted pasting patterns pay paying payment payments payroll pdfs pdps
    penalty pension people perfect perfectly perfume period permanent person personal
    personalisation personalise personalised personally pet pets pharmacist pharmacy phone phones
    photographed photographer photographers photographing photography photoshoot pic pick picked
    picking picks pics picture pictures pilot pink pinned pipeline pitched pitching pivot
    placeholder placeholders plain planet planned plant planting plants plastic platform plausible
    playbook player players playing plays png pod pods poland policy polish polished polite
    political poll pool poor poreless portal portuguese pos positive postcard postcards postcode
    postcodes posted posters posting power powered ppl practice praising predict predicted predicts
    prefer preferred pregnancy pregnant prep present presented presenting presents presidential
    press pressure pretending pretty prevent preview previous price prices pricing pride primary
    print printed printer printing privacy private priya prize probably problem procurement produce
    produced producer producing product products professional profile profiles profiling program
    programmatic progress project projects promise promised promises promote promoting prompted
    prompting proof proofread proofs proper properly property proposal proposals proposed protect
    protected protein protest proud prove proven provider pt publicly publish published publisher
    publishes publishing pull pulled pulling pump pumps punchier pupils purchase purchases purely
    push pushed pushing put puts putting q2 q3 q4 qualify quality quarter quarterly queries query
    quite quote quoted quotes quoting rain raised rally ramen ran random range rank ranked ranking
    ranks rated rates rather rating raw re reached react reacting read reader readers reading reads
    ready real realistic reality really reason reasoning reasons rebrand recall recent receptionist
    recipe recipes recommend recommendation recommendations recommended recommending recommends
    recorded recording recordings records recovery recreate recreated recreating recreation
    recruiter recruiters recruiting recruitment recurring recycled recycling red reddit redesign
    redo reduce reduced reduces referral refill refills reform refresh refugee refund refunds
    regenerate regenerated regenerates regenerating register registered registration regular
    regulation regulatory rehearsal reject rejected rejection related relaunch release releases
    reliable rely remake remind reminder reminders remix remote removal remove removed render
    rendered renders renewable renewables renewal repeat replace replaced replacement replacing
    replies reply replying report reports repost represent reps request requests require required
    requires reread res research researchers resend resets resort respond respondents response
    responses responsible responsibly rest restored restructure restyle result results retail
    retailer retarget retention retired retirement retouch retouched retouching return returns reuse
    reusing revenue review reviewed reviewer reviewing reviews rework rewrite rewrites rewriting
    rewritten rewrote rfp ribbon rid rider right rights risk risky rival road roads roasted rockstar
    role roles roll rolling rollout romanian room rooms rough roughly round rounds row rows royalty
    rude rug rule rules rum run runner runners running runs sad safer safety said salary sale sales
    same sample samples sanity sat satirical saturday savannah save saved saves saving savings savvy
    say scam scandinavian scared schedule scheduled scheduling scheme school schools scooter
    scooters scores scraped scraping scratch screen screening screens screenshot screenshots sdrs
    sea search searches season seasonal seat seats second seconds sector security see seed seeing
    seem seems seen sees self sell selling sells send sending sends sense sensitive sent sentence
    separate september series seriously server servers serving session set setting settings several
    shade shades shaking shampoo shape shapes share shared shareholder shareholders shares sharing
    sheet shelf shelter shift ship shipped shipping ships shoe shoot shoots shopper shoppers shops
    short shortlist shot shots show showed showing shown shows shy sick side sign signed signing
    signs silly silver similar simulate simulated since single sit size sizes sketches sketchy skim
    skims skin skincare skinned skinny skip skus sky slap slapped sleep slightly slim slimmed
    slimmer slims slot slots slow smaller smart smarter smb smile smiling smoking smooth smoothed
    smoother smoothing snack sneaker snow snowy sobriety socials sofa soft soften software solar
    sold soldiers solid somebody someone something sometimes somewhere song songs soon sorted sound
    sounding sounds soundtrack spain spanish spare speaker speaking speaks spec specific speech
    speed spell spelling spend spent spf spin spinning split spokesperson sponsored sponsorship
    sports sportswear spreadsheet spring squad stadium staff staged stakeholder stall standup start
    started starting starts state statement static status stay stays step steps still stills stop
    stops storage store stored stores storm straight strategist strategy streamer street streets
    stretch strict strike strip stripped strips strong stuck student students studies study stuff
    styled stylised stylist sub subject submissions submit subs subscriber subscribers subscription
    subsidiary subtitle subtitles subtitling sugar suggest suggested suggests suits summaries
    summarise summarised summarises summarising summarize summary summer summit sun sunday sunrise
    sunscreen sunset supermarket supplement supplier suppliers supporting supposed surgery survey
    survive suspect sustainability sustainable sustainably swap swapped swapping swears sweden
    swedish swift swimwear swiss switch switched switching switzerland swoonly swoosh synced
    synthetic system tag tagged tagline tail tailor tailored take taken taker takes taking talking
    talks tall tank target targeted targeting targets tariff taste tasting tax taylor tbh tea
    teacher teachers teal team technical technically technology teenagers teeth tell telling tells
    ten tenants tender tent term terms terrace tesco tested testimonial testimonials testing text
    texts thanking theirs themed themselves thin thing things think thinking thinks third thirty tho
    though thought thoughts threat three thrilled thrives through throw thumbnail thumbnails
    thursday tick ticket ticketing tidied tidy tier tight tighten till time timeline timer times
    timing tiny tip tips tired title titles tmrw today together toggle tokenistic told tone tones
    tonight too took tool tools topics toronto totally touch touched tourism tourist tourists
    tournament tower town toxic toy track tracker tracking tracks trade trademark trading
    traditional traffic train trained trainer training transcribe transcribed transcribes
    transcribing transcript transcripts transfer translate translated translates translating
    translation translations translator transparency travel travellers treat treatment tree trees
    trends trial tribute tried tries trillion trip trips trouble truck true trust trusted try trying
    tuesday tune tuned turbines turkish turn turned turning turns tutorial tutorials tweak twice
    twin two ty typical typos ua ugh ui uk unannounced under understand unfollow union unit units
    university unless unpublished unreleased until untouched up update updated upfront upgrade
    upload uploaded uploading uploads ups upscaled upscaling upsell urban urgency usable used useful
    user usernames users uses usual usually utility utm v4 vacancy valentine valid validate value
    variants variations vary vat ve vendor verbally verified verify vet vibe vibes vids viewers
    viewing views viking vineyard viral virginia virtual visibly visit visiting visitor visitors
    visits visual visuals vitamin voice voiced voicemail voiceover voiceovers voices volteo
    volunteer volunteers voted voters waist wait waiting walk walking wall wanna wanted war ward
    warehouse warm warning warranty warsaw wasn waste wasteful watch watching water waterproof wave
    way wealth wear wearing website websites wechat wednesday week weekend weekends weekly weeks
    weight weird well wellness went whatever whats wheelchair wheelchairs whether while white
    whitepaper whole wide wife wild win wind window winery winner winners winning wins winter wise
    within without woman women won wood wooden word wording words work worked worker workers
    workforce working works workshop workspace world worldwide worried worries worry worse worst
    worth wrinkles writers writing xmas yayoi year years yesterday yet yogurt young younger yours
    youth
    """.split()  # noqa: SIM905
)
